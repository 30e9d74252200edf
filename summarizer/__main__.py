"""``python -m summarizer``: print the digest of a file, a URL or stdin."""

from ._cli import main

raise SystemExit(main())
