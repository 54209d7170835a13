"""Tables as pandas DataFrames when pandas is importable, plain lists of dicts otherwise."""
try:
    import pandas as _pandas
except ImportError:  # pandas is optional: results stay plain Python rows
    _pandas = None


def frame(rows):
    """A list of dicts as a pandas DataFrame, or the list itself when pandas is absent."""
    if _pandas is None:
        return list(rows)
    return _pandas.DataFrame(list(rows))
