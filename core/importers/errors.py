"""What an importer tells the user when an export cannot be read."""

from __future__ import annotations

from ..errors import BadInput, ParleyError


class MalformedExport(BadInput):
    """The file is not what its format says: where, and what was expected.

    The message names the file, then the line (and column) or the JSON path, then
    what was expected and what was found. Nothing of the import has been saved.
    """

    def __init__(self, file: str, where: str, expected: str, found: str = ""):
        self.file, self.where, self.expected, self.found = file, where, expected, found
        text = f"{file}: {where}: expected {expected}"
        if found:
            text += f", found {found}"
        super().__init__(text + " (nothing was imported)")


class BadItem(ValueError):
    """One item of an export is not what its format says. A transform raises it with the
    item's path; the importer adds the file and line (:class:`MalformedExport`)."""

    def __init__(self, where: str, expected: str, found: str = ""):
        self.where, self.expected, self.found = where, expected, found
        super().__init__(f"{where}: expected {expected}" + (f", found {found}" if found else ""))


class ImportCancelled(ParleyError):
    """The user cancelled; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("import cancelled: nothing was imported")


def shown(value: object, limit: int = 40) -> str:
    """A short, quoted rendering of a bad value for an error message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
