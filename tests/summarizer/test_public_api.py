import subprocess
import sys

import summarizer


def test_all_lists_exactly_the_public_names() -> None:
    public = {name for name in vars(summarizer) if not name.startswith("_")}
    # Submodule names appear as attributes once imported; they are private by their underscore.
    public -= {"logging", "TYPE_CHECKING", "Any"}
    # extract_article loads on first use (trafilatura is large); it must still be reachable.
    lazy = set(summarizer.__all__) - public
    assert lazy <= {"extract_article"}
    assert all(callable(getattr(summarizer, name)) for name in lazy)
    assert set(summarizer.__all__) == public | lazy
    assert summarizer.__all__ == sorted(summarizer.__all__, key=lambda n: (not n.isupper(), n))


def test_interface_named_in_the_issue() -> None:
    text = (
        "The council approved the budget on Monday after a long debate. "
        '"We have done what we promised," said Mayor Ann Lee. '
        "Opponents said the plan would raise taxes for families. "
        "The vote was seven to two, and the budget takes effect in January."
    )
    summary = summarizer.summarize(text, sentences=2, language=None)
    assert len(summary) == 2 and all(s in text for s in summary)
    quotes = summarizer.find_quotes(text, language=None)
    assert quotes[0].text.startswith("We have done what we promised")
    assert quotes[0].speaker == "Ann Lee"


def test_library_does_not_import_telegram() -> None:
    code = "import sys, summarizer; print(any(m.startswith('telegram') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
