"""The project's exceptions: one root, a few kinds callers can tell apart."""


class AirwatchError(Exception):
    """Root of every error the ETL raises on purpose."""


class InputError(AirwatchError):
    """An input file or record cannot be used; the message says why."""


class BudgetError(InputError):
    """An input exceeds its size or time budget; it is rejected, the batch goes on."""


class LexiconError(AirwatchError):
    """A lexicon file under data/lexicon is malformed (a row with too many or too few fields, a bad pattern)."""


class GeocoderError(AirwatchError):
    """A geocoder failed (not: found nothing, which is ``None``)."""


class SchemaError(AirwatchError):
    """The events table does not satisfy the contract in SCHEMA.md."""


class OutputError(AirwatchError):
    """The output set could not be written (a full disk, permissions); the previous set is unchanged."""


class LockError(OutputError):
    """Another run holds the output folder's lock."""


class NothingReadError(AirwatchError):
    """A run found no article to write; the previous output set is unchanged."""


def validated(schema, frame, what: str):
    """``frame`` checked against a pandera ``schema``; its failures raised as our SchemaError naming ``what``."""
    from pandera.errors import SchemaError as PanderaError
    from pandera.errors import SchemaErrors as PanderaErrors

    try:
        return schema.validate(frame, lazy=True)
    except (PanderaErrors, PanderaError) as err:
        raise SchemaError(f"{what} breaks its contract: {err}") from err
