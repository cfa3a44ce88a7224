"""Property-based tests (hypothesis) for every reader, the checker and
template data: nothing but begrijpelijk's own Dutch errors, offsets inside
the source, and source[start:end] == text for every finding. A small profile
for CI; benchmarks/fuzz.py runs the same properties with 10,000 cases."""
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz  # noqa: E402

READ = settings(max_examples=60, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
CHECK = settings(max_examples=8, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("label", sorted(fuzz.READERS))
def test_reader_keeps_offsets_and_raises_only_its_own_errors(label):
    name, strategy = fuzz.READERS[label]

    @READ
    @given(strategy)
    def run(data):
        fuzz.check_reader_case(name, data)

    run()


@pytest.mark.parametrize("label", ["txt", "md", "html", "docx", "jinja"])
def test_every_finding_points_into_the_source(label):
    name, strategy = fuzz.READERS[label]

    @CHECK
    @given(strategy)
    def run(data):
        document = fuzz.check_reader_case(name, data)
        if document is not None:
            fuzz.check_findings(document)

    run()


@READ
@given(st.one_of(st.dictionaries(st.text(max_size=20), fuzz.field_value, max_size=8), st.lists(fuzz.field_value, max_size=8)))
def test_template_data_gives_only_dutch_errors(data):
    fuzz.check_template_data(data)
