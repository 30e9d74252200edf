"""Bot API emulator for end-to-end tests: telegram-test-api (npm) behind our compat layer.

``compat.py`` documents what the layer fixes and the test endpoints; ``stack.py`` starts the
processes; ``client.py`` is what a test uses to act as a Telegram user.
"""
