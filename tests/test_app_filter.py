"""The speaker filter: /, typing, enter in the input or on a speaker, escape."""

from __future__ import annotations

from textual.widgets import Input

from tui.widgets import Narration
from tui.widgets.speakers import SpeakerList, speaker_matches

SIZE = (100, 30)


def _listed(app) -> list[str | None]:
    return [option.id for option in app.query_one(SpeakerList).options]


def test_match_is_any_part_of_name_or_alias_ignoring_case(story) -> None:
    diaz, berg, council = story.speakers
    assert speaker_matches(diaz, "DIAZ")
    assert speaker_matches(berg, "mayor")  # only in the alias "Mayor Tom Berg"
    assert not speaker_matches(council, "berg")
    assert speaker_matches(council, "")


async def test_slash_reveals_and_focuses_the_filter_input(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        filter_input = app.query_one("#speaker-filter", Input)
        assert not filter_input.display
        await pilot.press("slash")
        assert filter_input.display
        assert app.focused is filter_input


async def test_typing_narrows_the_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert _listed(app) == ["ana-diaz", "tom-berg", "council"]
        await pilot.press("slash", "B", "e")
        assert _listed(app) == ["tom-berg"]
        await pilot.press("backspace", "backspace", "t", "h", "e")
        assert _listed(app) == ["council"]
        assert app.speaker_filter is None  # nothing applies until enter


async def test_enter_applies_filter_and_returns_to_narration(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "b", "e", "r", "g", "enter")
        assert app.speaker_filter == frozenset({"tom-berg"})
        assert isinstance(app.focused, Narration)
        assert app.selected_quote == "q4"  # Berg's first direct quote
        await pilot.press("n")
        assert app.selected_quote == "q9"
        await pilot.press("n")
        assert app.selected_quote == "q4"  # stays within Berg, wrapping


async def test_filter_applies_to_indirect_stops_too(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i", "slash", "b", "e", "r", "g", "enter")
        assert app.selected_quote == "q3"


async def test_filter_matching_several_speakers_visits_all_of_them(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "a", "enter")  # Ana Diaz, and Berg by his alias "Mayor Tom Berg"
        visited = [app.selected_quote]
        for _ in range(3):
            await pilot.press("n")
            visited.append(app.selected_quote)
        assert visited == ["q2", "q4", "q5", "q9"]  # the unknown speaker's q7 is skipped


async def test_escape_clears_the_filter(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "d", "i", "a", "z", "enter")
        assert app.speaker_filter == frozenset({"ana-diaz"})
        await pilot.press("escape")
        assert app.speaker_filter is None
        assert _listed(app) == ["ana-diaz", "tom-berg", "council"]
        assert not app.query_one("#speaker-filter", Input).display
        assert app.selected_quote == "q2"  # the selection survives
        await pilot.press("n")
        assert app.selected_quote == "q4"


async def test_escape_while_typing_closes_the_input(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "z", "z", "z")
        assert _listed(app) == []
        await pilot.press("escape")
        assert _listed(app) == ["ana-diaz", "tom-berg", "council"]
        assert isinstance(app.focused, Narration)


async def test_filter_matching_nobody_leaves_no_stops(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "z", "z", "z", "enter")
        assert app.speaker_filter == frozenset()
        assert app.selected_quote is None
        await pilot.press("n")
        assert app.selected_quote is None


async def test_enter_on_a_speaker_filters_to_that_speaker(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "down", "enter")
        assert app.speaker_filter == frozenset({"tom-berg"})
        assert app.selected_quote == "q4"
        assert app.query_one(SpeakerList).highlighted == 1  # the cursor stays put
        diaz, berg, _ = app.query_one(SpeakerList).options
        assert diaz.prompt.spans[-1].style.dim  # outside the filter
        assert not any(span.style.dim for span in berg.prompt.spans[:2])
        await pilot.press("n")
        assert app.selected_quote == "q9"


async def test_picking_a_speaker_after_typing_lists_everyone_again(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "b", "e", "r", "g", "enter")
        assert _listed(app) == ["tom-berg"]
        app.filter_to(frozenset({"ana-diaz"}))  # as the command palette does
        await pilot.pause()
        assert _listed(app) == ["ana-diaz", "tom-berg", "council"]
        assert not app.query_one("#speaker-filter", Input).display
        assert app.selected_quote == "q2"
