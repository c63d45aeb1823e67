"""Story Explorer: read news stories in the terminal and see at once who said what."""

__version__ = "0.1.0"
