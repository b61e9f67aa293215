"""Tables and Markdown at the command line: rich at a terminal, plain text elsewhere (columns
as wide as their contents, Markdown as written, no control code)."""
import io

from hypothesis import given, strategies as st

from oracle.terminal import markdown, table


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


def test_off_a_terminal_columns_fit_their_contents_and_nothing_else_is_written():
    out = io.StringIO()
    table(["type", "id"], [("law", "mechanics.a_very_long_law_identifier_indeed"), ("quantity", "E_k")], stream=out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "law       mechanics.a_very_long_law_identifier_indeed"
    assert lines[2] == "quantity  E_k" and "\x1b" not in out.getvalue()
    md = "| Loihi 2 resource | value |\n| --- | --- |\n| neurons | 12 |"
    out = io.StringIO()
    markdown(md, stream=out)
    assert out.getvalue() == md + "\n"


def test_at_a_terminal_rich_draws_the_table_and_renders_markdown():
    tty = FakeTTY()
    markdown("| Loihi 2 resource | value |\n| --- | --- |\n| neurons | 12 |", stream=tty)
    shown = tty.getvalue()
    assert "Loihi 2 resource" in shown and "neurons" in shown and "| --- |" not in shown
    tty = FakeTTY()
    table(["field", "laws"], [("mechanics", 119)], stream=tty)
    assert "mechanics" in tty.getvalue() and "119" in tty.getvalue()


@given(st.lists(st.tuples(st.text("abc xyz", min_size=1, max_size=12), st.integers(0, 10**6)), max_size=8))
def test_plain_tables_keep_every_cell_and_line_up(rows):
    out = io.StringIO()
    table(["name", "count"], rows, stream=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(rows) + 1
    width = max([4] + [len(n) for n, _ in rows])
    for line, (name, count) in zip(lines[1:], rows):
        assert line[:width].rstrip() == name.rstrip() and int(line[width:]) == count
