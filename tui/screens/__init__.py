"""Screens shown over the explorer."""
