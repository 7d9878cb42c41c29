"""``govreport`` with the fake analysis of ``tests/_corpus_fakes.py``: a batch whose speed and faults the test chooses.

Usage (from a test): python _fake_batch.py batch DIR --db FILE --workers 2
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

if __name__ == "__main__":
    from _corpus_fakes import fake_analyze

    import analyzer.corpus.batch as batch_module
    from analyzer.cli import main

    batch_module._default_analyze = fake_analyze
    sys.argv = ["govreport", *sys.argv[1:]]
    main()
