"""Stepping through quotes: n, p, i, the start selection, [ and ], clicks, focus keys."""

from __future__ import annotations

from conftest import bridge_story, ferry_story

from tui.widgets import Narration, QuoteDetail
from tui.widgets.speakers import SpeakerList

SIZE = (100, 30)


async def test_first_speech_quote_is_selected_at_start(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.selected_quote == "q2"  # q1 is a scare quote in the headline
        assert isinstance(app.focused, Narration)


async def test_n_visits_direct_partial_and_unknown_but_not_other_kinds(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        visited = [app.selected_quote]
        for _ in range(4):
            await pilot.press("n")
            visited.append(app.selected_quote)
        assert visited == ["q2", "q4", "q5", "q7", "q9"]
        await pilot.press("n")
        assert app.selected_quote == "q2"  # wraps around


async def test_p_goes_back_and_wraps(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert app.selected_quote == "q9"
        await pilot.press("p", "p")
        assert app.selected_quote == "q5"


async def test_i_makes_indirect_quotes_stops(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        assert app.include_indirect
        await pilot.press("n")
        assert app.selected_quote == "q3"
        await pilot.press("i")
        assert not app.include_indirect
        await pilot.press("n")
        assert app.selected_quote == "q4"


async def test_detail_follows_the_selection(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "n")
        body = app.query_one(QuoteDetail).query_one("#detail-body")
        assert app.selected_quote == "q7"
        assert "unknown speaker" in str(body.render())


async def test_selected_quote_is_scrolled_into_view(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 16)) as pilot:
        narration = app.query_one(Narration)
        await pilot.press("p")  # the last quote, at the bottom of the story
        await pilot.pause()
        assert narration.scroll_y > 0
        await pilot.press("n")  # wraps to the first quote, near the top
        await pilot.pause()
        assert narration.scroll_y < narration.max_scroll_y


async def test_clicking_a_quote_selects_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        paragraph = app.query_one(Narration).query(".paragraph")[4]  # “We did the sums twice,”
        await pilot.click(paragraph, offset=(3, 0))
        assert app.selected_quote == "q4"


async def test_j_and_k_scroll_the_narration(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 20)) as pilot:  # q2 is near the top: no scroll yet
        narration = app.query_one(Narration)
        await pilot.pause()
        assert narration.scroll_y == 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert narration.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert narration.scroll_y == 1


async def test_j_and_k_move_in_the_speaker_list(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        speakers = app.query_one(SpeakerList)
        assert app.focused is speakers
        assert speakers.highlighted == 0
        await pilot.press("j", "down")
        assert speakers.highlighted == 2
        await pilot.press("k")
        assert speakers.highlighted == 1


async def test_tab_and_shift_tab_move_between_panes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        order = [type(app.focused)]
        for _ in range(3):
            await pilot.press("tab")
            order.append(type(app.focused))
        assert order == [Narration, SpeakerList, QuoteDetail, Narration]
        await pilot.press("shift+tab")
        assert isinstance(app.focused, QuoteDetail)


async def test_brackets_switch_stories_when_there_are_several(make_app) -> None:
    app = make_app(bridge_story(), ferry_story())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.story_index == 1
        assert app.story.title == "Ferry service resumes"
        assert app.selected_quote == "q1"
        assert "Ferry service resumes" in str(app.query_one("#title").render())
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert app.story_index == 0
        assert app.selected_quote == "q2"


async def test_brackets_do_nothing_with_one_story(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert app.story_index == 0
        assert app.check_action("next_story", ()) is False


async def test_story_without_quotes_says_so_on_n(make_app) -> None:
    story = bridge_story()
    story.quotes = []
    app = make_app(story)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c")
        assert app.selected_quote is None
        assert app.clipboard == ""


async def test_fast_story_switching_never_mixes_paragraphs(make_app) -> None:
    app = make_app(bridge_story(), ferry_story())
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(5):  # faster than any key repeat: no await in between
            app.action_next_story()
        await pilot.pause()
        assert app.story_index == 1
        paragraphs = app.query_one(Narration).query(".paragraph")
        assert len(paragraphs) == len(ferry_story().paragraphs)
