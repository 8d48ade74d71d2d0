"""Ray Data: clean a corpus on every core of one machine or a cluster (``pip install 'newsclean[ray]'``).

``clean_dataset`` maps a dataset of raw texts to a dataset of document rows
with the columns and Arrow schema of ``newsclean.parquet`` (nested fields as
structs), so ``.write_parquet(...)`` gives the same files as ``--format
parquet``.  Each Ray actor builds the pipeline once and keeps it for every
batch it cleans.  The pipeline given here is what the actors run, cleaners,
options and plugins included; a plugin's package must be installed on the
cluster's nodes too, as any Python dependency (image or ``runtime_env``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from .api import clean
from .errors import InputError
from .parquet import pyarrow, schema
from .pipeline import Pipeline

if TYPE_CHECKING:
    import ray.data

# Documents per batch: enough to amortise a call, few enough to bound an actor's memory.
BATCH_SIZE = 16


def read_texts(
    paths: str | Sequence[str], *, file_extensions: Sequence[str] | None = ("txt",), **read_args: Any
) -> ray.data.Dataset:
    """Text files under ``paths`` (files or folders, local or ``s3://``, ``gs://``…) as rows ``path``, ``text``.

    ``text`` holds each file's bytes whole, decoded later by ``clean`` as a
    local file would be (``ray.data.read_text`` would split it into lines).
    Other keywords go to ``ray.data.read_binary_files``.
    """
    import ray.data  # Ray's package: imports are absolute, so this module's own name does not shadow it

    exts = None if file_extensions is None else list(file_extensions)
    ds = ray.data.read_binary_files(paths, include_paths=True, file_extensions=exts, **read_args)
    return ds.rename_columns({"bytes": "text"})


def clean_dataset(
    dataset: ray.data.Dataset,
    *,
    text_column: str = "text",
    pipeline: Pipeline | None = None,
    path_column: str | None = "path",
    keep_columns: Sequence[str] = (),
    errors: Literal["raise", "keep"] = "raise",
    batch_size: int = BATCH_SIZE,
    concurrency: int | tuple[int, int] | None = None,
    **map_args: Any,
) -> ray.data.Dataset:
    """Clean every row's ``text_column`` (``str`` or ``bytes``) into a document row.

    ``path_column``, when the dataset has it, fills ``source.path`` (as
    ``clean_file`` would); ``keep_columns`` are carried over beside the
    document's columns (an id or URL to join on).  With ``errors="keep"``,
    an input that is not text gives a row whose ``error`` column says why
    and whose document columns are null, instead of failing the job.
    ``concurrency`` is the number of actors (default: Ray's autoscaling
    pool); other keywords go to ``Dataset.map_batches`` (``num_cpus``…).
    """
    if errors not in ("raise", "keep"):
        raise ValueError(f"errors must be 'raise' or 'keep', not {errors!r}")
    names = set(schema().names) | {"error"}
    clash = sorted(names & set(keep_columns))
    if clash:
        raise ValueError(f"keep_columns {clash} would hide the document's own columns; rename them first")
    return dataset.map_batches(
        DocumentBatches,
        fn_constructor_kwargs={
            "pipeline": pipeline,
            "text_column": text_column,
            "path_column": path_column,
            "keep_columns": tuple(keep_columns),
            "errors": errors,
        },
        batch_format="pyarrow",
        batch_size=batch_size,
        concurrency=concurrency or (1, _cluster_cpus()),
        **map_args,
    )


class DocumentBatches:
    """The ``map_batches`` callable: one per Ray actor, which builds the pipeline once."""

    def __init__(
        self,
        pipeline: Pipeline | None,
        text_column: str,
        path_column: str | None,
        keep_columns: tuple[str, ...],
        errors: str,
    ) -> None:
        self.pipeline = pipeline if pipeline is not None else Pipeline()
        self.text_column, self.path_column = text_column, path_column
        self.keep_columns, self.errors = keep_columns, errors

    def __call__(self, batch: Any) -> Any:
        pa = pyarrow()
        if self.text_column not in batch.column_names:
            raise KeyError(f"no column {self.text_column!r} to clean; columns: {', '.join(batch.column_names)}")
        texts = batch.column(self.text_column).to_pylist()
        paths = (
            batch.column(self.path_column).to_pylist()
            if self.path_column and self.path_column in batch.column_names
            else [None] * len(texts)
        )
        rows: list[dict[str, Any]] = []
        for text, path in zip(texts, paths, strict=True):
            try:
                if text is None:
                    raise InputError(f"{path or 'a row'}: the column {self.text_column!r} is empty (null)")
                rows.append(clean(text, source=path, pipeline=self.pipeline).to_dict())
            except InputError as exc:
                if self.errors == "raise":
                    raise InputError(f"{path}: {exc}" if path else str(exc)) from None
                rows.append({"error": f"{path}: {exc}" if path else str(exc)})
        out_schema = schema()
        if self.errors == "keep":
            fields = [f.with_nullable(True) for f in out_schema]
            out_schema = pa.schema([*fields, pa.field("error", pa.string())])
        table = pa.Table.from_pylist(rows, schema=out_schema)
        for name in self.keep_columns:
            table = table.append_column(batch.schema.field(name), batch.column(name))
        return table


def _cluster_cpus() -> int:
    """The upper bound of the actor pool: one actor per CPU Ray has."""
    import ray

    if not ray.is_initialized():
        ray.init()
    return max(1, int(ray.cluster_resources().get("CPU", 1)))
