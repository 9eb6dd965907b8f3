# Topic library part A. Each topic: key, subject, titles, topic, stack, tools, lang, diff, outline, brief, sections
# section: (heading, markdown, look) ; look=True marks a hard look-alike element (code TODO, templates, quoted bot phrases...)
T = []

T.append(dict(key="py-asyncio", subject="timeouts and cancellation in Python asyncio",
 titles=["Timeouts and cancellation in asyncio", "asyncio timeouts that actually cancel", "Taming slow coroutines with asyncio.timeout"],
 topic="asyncio timeouts / python services", stack=["python services", "backend", "python"], tools=["asyncio", "pytest", "uvicorn", "aiohttp"],
 lang="python", diff="intermediate",
 sections=[
 ("Why a timeout is not optional", """Every network call your service makes can hang. A DNS lookup stalls, a peer stops reading, a load balancer keeps the socket open long after the backend died. Without an explicit deadline, the coroutine waiting on that call sits in the event loop forever and holds whatever it acquired: a pool connection, a semaphore slot, a row lock. One slow dependency then turns into a queue of stuck tasks and, eventually, an outage that looks like a memory leak.""", False),
 ("Using asyncio.timeout", """Since Python 3.11 the cleanest tool is the `asyncio.timeout()` context manager. It cancels the enclosed block when the deadline passes and raises `TimeoutError` at the `async with` line:

```python
import asyncio
import aiohttp

async def fetch_profile(session: aiohttp.ClientSession, user_id: int) -> dict:
    async with asyncio.timeout(2.5):
        async with session.get(f"/users/{user_id}") as resp:
            resp.raise_for_status()
            return await resp.json()
```

Unlike wrapping the call in `wait_for`, the context manager can cover several awaits at once, so the budget applies to the whole operation rather than to each step.""", False),
 ("Cancellation must be allowed to propagate", """Cancellation in asyncio is delivered as `CancelledError` raised inside your coroutine. The most common bug is a broad `except Exception` that was fine in older versions and a bare `except:` that swallows the cancellation entirely. If you need cleanup, use `try/finally`, and if you must catch `CancelledError`, re-raise it:

```python
async def worker(queue: asyncio.Queue) -> None:
    while True:
        job = await queue.get()
        try:
            await handle(job)
        except asyncio.CancelledError:
            await queue.put(job)  # give the job back before we die
            raise
        finally:
            queue.task_done()
```""", False),
 ("Shielding the parts that must finish", """Some work should survive a cancelled caller, for example writing an audit record after a payment succeeded. `asyncio.shield()` protects an inner task from the outer cancellation, but it does not make the work immortal: if the event loop shuts down, the shielded task is still cancelled. Keep shielded sections short and make them idempotent, so a retry after a crash does no harm.""", False),
 ("Testing deadlines without waiting", """Tests that sleep for real are slow and flaky. Inject the timeout value and use a tiny one in tests, or replace the dependency with a fake that never returns:

```python
import pytest

async def never_returns(*args, **kwargs):
    await asyncio.Event().wait()

@pytest.mark.asyncio
async def test_profile_times_out(monkeypatch):
    monkeypatch.setattr(client, "get_json", never_returns)
    with pytest.raises(TimeoutError):
        await load_profile(client, 42, budget=0.01)
```

The test finishes in about ten milliseconds and proves that the deadline is wired through.""", False),
 ("A TODO list in code, not in the article", """In our codebase we keep unfinished work visible with comments that a linter can count. This is what the worker module looked like halfway through the refactor:

```python
async def drain(queue: asyncio.Queue, budget: float) -> int:
    # TODO: make the budget configurable per queue
    # TODO(ops): export the drained count as a metric
    drained = 0
    async with asyncio.timeout(budget):
        while not queue.empty():
            await queue.get()
            drained += 1
    return drained
```

Ruff's `FIX002` rule reports each of these comments, which keeps them from quietly becoming permanent.""", True),
 ]))

T.append(dict(key="py-pytest-fixtures", subject="pytest fixtures for database tests",
 titles=["pytest fixtures for database tests", "Fast, isolated database tests with pytest", "Structuring pytest fixtures that scale"],
 topic="testing critical paths / python services", stack=["python services", "backend", "python"], tools=["pytest", "sqlalchemy", "postgres", "factory_boy"],
 lang="python", diff="intermediate",
 sections=[
 ("Scope is the first decision", """A fixture's scope decides how often it runs. Creating a database schema per test is correct but slow; creating it once per session is fast but leaks state between tests. The usual compromise is a session-scoped engine and schema, plus a function-scoped transaction that is rolled back after each test. Every test then starts from the same empty tables, and the expensive setup happens exactly once.""", False),
 ("The rollback pattern", """With SQLAlchemy 2.0 the pattern fits in a few lines:

```python
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

@pytest.fixture(scope="session")
def engine():
    engine = create_engine("postgresql+psycopg://test@localhost/app_test")
    Base.metadata.create_all(engine)
    yield engine
    Base.metadata.drop_all(engine)

@pytest.fixture
def db(engine):
    with engine.connect() as conn:
        trans = conn.begin()
        session = Session(bind=conn, join_transaction_mode="create_savepoint")
        yield session
        session.close()
        trans.rollback()
```

The `create_savepoint` mode lets code under test call `commit()` without escaping the outer transaction.""", False),
 ("Factories instead of giant fixtures", """Fixtures named `user_with_three_orders_and_a_refund` are a smell. They hide the data a test depends on and they multiply. A factory keeps the setup next to the assertion:

```python
def test_refund_restores_stock(db, make_order):
    order = make_order(items=[("sku-1", 2)], status="paid")
    refund(db, order.id)
    assert stock_level(db, "sku-1") == 10
```

`make_order` is itself a fixture that returns a function, so it still gets the `db` session injected.""", False),
 ("Parallel runs with pytest-xdist", """Once the suite passes a few hundred tests, `pytest -n auto` is tempting. Each worker needs its own database, or the rollback trick breaks down when two workers truncate the same table. Read the `worker_id` fixture and append it to the database name; creating the databases from a template with `CREATE DATABASE app_test_gw1 TEMPLATE app_test` takes well under a second on a laptop.""", False),
 ("Watch the slowest fixtures", """Run `pytest --durations=15` now and then. It lists setup and teardown times separately, and it is common to find that a single fixture accounts for half of the suite. In one project a fixture that loaded a 40 MB JSON file for every test was responsible for four of the six minutes the suite took. Making it session-scoped and read-only fixed it in one line.""", False),
 ]))

T.append(dict(key="py-packaging", subject="packaging a Python library with pyproject.toml",
 titles=["Packaging a Python library with pyproject.toml", "From setup.py to pyproject.toml", "A modern Python packaging checklist"],
 topic="python packaging / python tooling", stack=["python tooling", "tooling", "python"], tools=["hatchling", "uv", "twine", "ruff"],
 lang="python", diff="beginner",
 sections=[
 ("One file to describe the project", """For years a Python package needed `setup.py`, `setup.cfg`, `MANIFEST.in` and a requirements file that nobody kept in sync. Today `pyproject.toml` carries the build backend, the metadata and most tool configuration. The build frontend reads the `[build-system]` table, installs the backend in an isolated environment, and asks it to produce a wheel.""", False),
 ("A minimal configuration", """This is enough to publish a small library:

```toml
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "slugkit"
version = "0.4.0"
description = "Fast, predictable URL slugs"
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["unidecode>=1.3"]

[project.optional-dependencies]
test = ["pytest>=8"]
```

Keep dependency ranges loose in a library. Pinning exact versions belongs in applications, where a lock file does the job.""", False),
 ("Use the src layout", """Put the package under `src/slugkit/` rather than at the repository root. With the flat layout, `import slugkit` in your tests silently picks up the working copy instead of the installed wheel, so a file missing from the wheel goes unnoticed until a user reports it. The src layout forces tests to run against what you actually ship.""", False),
 ("Build and check before uploading", """Build both artefacts and inspect them before anything reaches PyPI:

```bash
uv build
tar tzf dist/slugkit-0.4.0.tar.gz | head
unzip -l dist/slugkit-0.4.0-py3-none-any.whl
uvx twine check dist/*
```

`twine check` catches a README that will not render on the project page, which is a surprisingly common reason for an ugly first release.""", False),
 ("Versioning without drama", """Decide early whether the version lives in `pyproject.toml` or comes from git tags. Both work. What does not work is having it in three places. If you tag releases, `hatch-vcs` derives the version from the tag, and `importlib.metadata.version("slugkit")` gives it to your code at runtime without a hand-maintained `__version__` string.""", False),
 ]))

T.append(dict(key="rust-errors", subject="error handling in Rust with thiserror and anyhow",
 titles=["Error handling in Rust with thiserror and anyhow", "Designing error types for a Rust library", "When to reach for anyhow in Rust"],
 topic="error handling / rust command line tools", stack=["rust command line tools", "tooling", "rust"], tools=["cargo", "thiserror", "anyhow", "clippy"],
 lang="rust", diff="intermediate",
 sections=[
 ("Libraries and applications want different things", """A library's caller needs to match on errors and decide what to do: retry, report, or give up. An application mostly needs to print a useful message with context and exit. That is why the Rust ecosystem settled on two crates: `thiserror` for typed errors in libraries and `anyhow` for convenient error propagation in binaries.""", False),
 ("Typed errors with thiserror", """`thiserror` derives `std::error::Error` and `Display` from attributes:

```rust
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("config file {path} not found")]
    NotFound { path: String },
    #[error("invalid value for {key}: {reason}")]
    Invalid { key: String, reason: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}
```

The `#[from]` attribute generates a `From` impl, so the `?` operator converts an `io::Error` automatically.""", False),
 ("Context in binaries with anyhow", """In `main.rs`, `anyhow::Result` accepts any error and `.context()` adds a human-readable layer:

```rust
use anyhow::{Context, Result};

fn main() -> Result<()> {
    let path = std::env::args().nth(1).context("usage: tidy <file>")?;
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading {path}"))?;
    println!("{}", tidy::format(&text)?);
    Ok(())
}
```

When this fails, the user sees the chain: the context first, then the underlying cause.""", False),
 ("Do not stringify too early", """It is tempting to turn every error into a `String` with `map_err(|e| e.to_string())`. That throws away the source chain and the type, so callers can no longer distinguish a missing file from a permission problem. Keep the original error as a `source` and let the outermost layer decide how to format it.""", False),
 ("Non-exhaustive enums for public APIs", """Mark public error enums with `#[non_exhaustive]`. Adding a variant is then not a breaking change, because downstream crates are forced to include a wildcard arm when they match. It costs callers one line and saves you a major version bump the first time a new failure mode appears.""", False),
 ]))

T.append(dict(key="rust-clap", subject="building a command line tool in Rust with clap",
 titles=["Building a Rust CLI with clap's derive API", "A small, well-behaved Rust command line tool", "clap subcommands in practice"],
 topic="command line parsing / rust command line tools", stack=["rust command line tools", "tooling", "rust"], tools=["clap", "cargo test", "assert_cmd", "clippy"],
 lang="rust", diff="beginner",
 sections=[
 ("Declaring arguments as a struct", """The derive API turns a plain struct into a parser. Field types decide how values are parsed and doc comments become help text:

```rust
use clap::Parser;

/// Count lines of code per language
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Directory to scan
    #[arg(default_value = ".")]
    path: std::path::PathBuf,
    /// Ignore files larger than this many kilobytes
    #[arg(long, default_value_t = 512)]
    max_kb: u64,
    /// Print JSON instead of a table
    #[arg(long)]
    json: bool,
}
```""", False),
 ("Subcommands", """Once a tool does more than one thing, model it with an enum:

```rust
#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Scan a directory
    Scan { path: std::path::PathBuf },
    /// Compare two saved reports
    Diff { old: std::path::PathBuf, new: std::path::PathBuf },
}
```

Each variant gets its own help page, and `match` on the enum keeps the dispatch in one obvious place.""", False),
 ("Exit codes and output streams", """Well-behaved tools print results to stdout and diagnostics to stderr, so that `tool | jq` keeps working when something goes wrong. Return a non-zero exit code on failure; `std::process::ExitCode` makes this explicit from `main`. Scripts that call your tool depend on these conventions far more than on the wording of your messages.""", False),
 ("Testing the binary end to end", """The `assert_cmd` crate runs the compiled binary and checks its behaviour:

```rust
use assert_cmd::Command;

#[test]
fn rejects_missing_directory() {
    Command::cargo_bin("loc").unwrap()
        .arg("/definitely/not/here")
        .assert()
        .failure()
        .stderr(predicates::str::contains("not found"));
}
```

A handful of these tests catch regressions in argument handling that unit tests never see.""", False),
 ("Usage lines with angle brackets", """clap renders positional arguments the way Unix manuals always have, with angle brackets for required values and square brackets for optional ones. Our README shows the generated help verbatim:

```text
Usage: loc [OPTIONS] <PATH>

Arguments:
  <PATH>  Directory to scan

Options:
      --max-kb <MAX_KB>  Ignore files larger than this many kilobytes [default: 512]
      --json             Print JSON instead of a table
  -h, --help             Print help
```

Copying the real output into the docs, rather than retyping it, keeps the two from drifting apart.""", True),
 ]))

T.append(dict(key="go-context", subject="context cancellation in Go services",
 titles=["Context cancellation in Go services", "Passing context.Context the right way", "Go contexts, deadlines and leaked goroutines"],
 topic="request cancellation / go microservices", stack=["go microservices", "backend", "go"], tools=["go test", "pprof", "golangci-lint", "chi"],
 lang="go", diff="intermediate",
 sections=[
 ("What a context is for", """A `context.Context` carries a deadline, a cancellation signal and a small amount of request-scoped data across API boundaries. When an HTTP client disconnects, the server cancels the request's context; every function that received it can stop work early instead of computing an answer nobody will read.""", False),
 ("Thread it through, first argument", """By convention the context is the first parameter and is named `ctx`. Do not store it in a struct, and do not pass `nil`; use `context.TODO()` while refactoring if you truly have nothing better yet:

```go
func (s *Store) FindOrder(ctx context.Context, id int64) (*Order, error) {
    row := s.db.QueryRowContext(ctx,
        `SELECT id, status, total FROM orders WHERE id = $1`, id)
    var o Order
    if err := row.Scan(&o.ID, &o.Status, &o.Total); err != nil {
        return nil, fmt.Errorf("find order %d: %w", id, err)
    }
    return &o, nil
}
```""", True),
 ("Deadlines for outgoing calls", """Give every outgoing call its own budget derived from the incoming one:

```go
ctx, cancel := context.WithTimeout(r.Context(), 800*time.Millisecond)
defer cancel()
resp, err := s.pricing.Quote(ctx, req)
if errors.Is(err, context.DeadlineExceeded) {
    http.Error(w, "pricing timed out", http.StatusGatewayTimeout)
    return
}
```

Always call `cancel`, even on success. It releases the timer and the resources attached to the derived context.""", False),
 ("Goroutines must watch ctx.Done()", """A goroutine that loops without checking the context will outlive the request that started it. Select on `ctx.Done()` alongside your work channel:

```go
for {
    select {
    case <-ctx.Done():
        return ctx.Err()
    case msg := <-in:
        if err := process(ctx, msg); err != nil {
            return err
        }
    }
}
```

In production, a goroutine count that only ever grows in `pprof` is the classic sign of a missing `Done` case.""", False),
 ("Values are not a parameter bag", """`context.WithValue` is meant for request-scoped data that crosses process boundaries, such as a trace ID or the authenticated principal. It is not a way to avoid adding parameters. Use an unexported key type to avoid collisions, and keep the number of values small enough that a reader can list them from memory.""", False),
 ]))

T.append(dict(key="go-http-timeouts", subject="HTTP server timeouts in Go",
 titles=["Setting HTTP server timeouts in Go", "The four timeouts every Go HTTP server needs", "Hardening net/http against slow clients"],
 topic="http timeouts / go microservices", stack=["go microservices", "backend", "go"], tools=["net/http", "go test", "pprof", "k6"],
 lang="go", diff="intermediate",
 sections=[
 ("The zero value is dangerous", """`http.ListenAndServe(":8080", mux)` creates a server with no timeouts at all. A client that opens a connection and sends one header byte per minute will hold a goroutine and a file descriptor indefinitely. A few hundred such clients are enough to exhaust the descriptor limit on a small container.""", False),
 ("Configure the server explicitly", """Construct an `http.Server` and set the fields yourself:

```go
srv := &http.Server{
    Addr:              ":8080",
    Handler:           mux,
    ReadHeaderTimeout: 5 * time.Second,
    ReadTimeout:       15 * time.Second,
    WriteTimeout:      30 * time.Second,
    IdleTimeout:       120 * time.Second,
    MaxHeaderBytes:    1 << 20,
}
log.Fatal(srv.ListenAndServe())
```

`ReadHeaderTimeout` is the one that stops slowloris-style attacks; the others bound the whole request and the keep-alive period.""", False),
 ("Per-handler limits", """A global `WriteTimeout` is a blunt tool when one endpoint streams a large export and the rest answer in milliseconds. Since Go 1.20, `http.NewResponseController` lets a handler extend its own deadline:

```go
func export(w http.ResponseWriter, r *http.Request) {
    rc := http.NewResponseController(w)
    _ = rc.SetWriteDeadline(time.Now().Add(5 * time.Minute))
    streamCSV(r.Context(), w)
}
```""", False),
 ("Graceful shutdown", """When the orchestrator sends SIGTERM, stop accepting connections and let in-flight requests finish:

```go
ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
defer stop()
go func() { _ = srv.ListenAndServe() }()
<-ctx.Done()
shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
defer cancel()
_ = srv.Shutdown(shutdownCtx)
```

Keep the shutdown budget shorter than the platform's termination grace period, or the process is killed mid-drain.""", False),
 ("Verify with a slow client", """Trust but verify: a ten-line Go program that dials the server and writes one byte every few seconds shows whether `ReadHeaderTimeout` really closes the connection. Run it in CI against a test server; a refactor that drops the custom `http.Server` is otherwise very easy to miss in review.""", False),
 ]))

T.append(dict(key="pg-indexes", subject="reading EXPLAIN ANALYZE output in PostgreSQL",
 titles=["Reading EXPLAIN ANALYZE in PostgreSQL", "Why Postgres ignores your index", "Query plans for application developers"],
 topic="query performance / postgres databases", stack=["postgres databases", "data", "sql"], tools=["psql", "pg_stat_statements", "explain analyze", "pgbench"],
 lang="sql", diff="advanced",
 sections=[
 ("Estimates versus reality", """`EXPLAIN` shows the plan the optimizer chose and its estimated costs. `EXPLAIN ANALYZE` actually runs the query and adds the real row counts and timings. The most useful thing to look for is a node where the estimated `rows` and the actual `rows` differ by orders of magnitude; the optimizer made every later decision based on that wrong number.""", False),
 ("A typical slow plan", """```sql
EXPLAIN (ANALYZE, BUFFERS)
SELECT id, title
FROM articles
WHERE author_id = 42 AND published_at > now() - interval '30 days'
ORDER BY published_at DESC
LIMIT 20;
```

If the output shows a `Seq Scan on articles` with `Rows Removed by Filter: 1843211`, the database read almost two million rows to return twenty. The `BUFFERS` option adds how many pages came from cache and how many from disk, which often explains why the same query is fast on one run and slow on the next.""", False),
 ("Choosing the right index", """For the query above, a composite index that matches both the filter and the sort order lets Postgres read exactly the rows it needs:

```sql
CREATE INDEX CONCURRENTLY articles_author_published_idx
    ON articles (author_id, published_at DESC);
```

Column order matters: equality conditions first, then the range or sort column. An index on `published_at` alone would still force a filter on `author_id` for every recent row.""", False),
 ("When statistics are stale", """After a bulk load, the planner's statistics may describe a table that no longer exists. Run `ANALYZE articles;` and compare the plan again. For columns with skewed distributions, raising the statistics target with `ALTER TABLE articles ALTER COLUMN author_id SET STATISTICS 1000;` gives the planner a more detailed histogram at a small cost during analyze.""", False),
 ("Find the queries worth fixing", """Tuning a query nobody runs is wasted effort. The `pg_stat_statements` extension aggregates execution time per normalized statement:

```sql
SELECT calls, round(total_exec_time) AS total_ms, round(mean_exec_time, 1) AS mean_ms, query
FROM pg_stat_statements
ORDER BY total_exec_time DESC
LIMIT 10;
```

A query that takes 3 ms but runs forty million times a day usually matters more than a 2-second report that runs once.""", False),
 ]))

T.append(dict(key="sql-window", subject="SQL window functions",
 titles=["SQL window functions by example", "Running totals and rankings with window functions", "Stop self-joining: window functions in SQL"],
 topic="analytics queries / postgres databases", stack=["postgres databases", "data", "sql"], tools=["psql", "duckdb", "explain analyze"],
 lang="sql", diff="beginner",
 sections=[
 ("Aggregates that keep the rows", """A `GROUP BY` collapses rows into one per group. A window function computes an aggregate over a set of related rows but returns a value for every input row. That is exactly what you need for running totals, rankings and comparisons with the previous row, all of which used to require awkward self-joins.""", False),
 ("Running totals", """```sql
SELECT order_date,
       amount,
       sum(amount) OVER (ORDER BY order_date) AS running_total
FROM daily_sales
ORDER BY order_date;
```

The `OVER` clause defines the window. With only `ORDER BY`, the default frame runs from the first row to the current one, which is a running total.""", False),
 ("Rankings per group", """`PARTITION BY` restarts the calculation for each group. To find each customer's three largest orders:

```sql
SELECT *
FROM (
    SELECT customer_id, id, total,
           row_number() OVER (PARTITION BY customer_id ORDER BY total DESC) AS rn
    FROM orders
) ranked
WHERE rn <= 3;
```

Use `rank()` instead of `row_number()` if ties should share a position, and `dense_rank()` if you want no gaps after a tie.""", False),
 ("Comparing with the previous row", """`lag()` and `lead()` read a value from a neighbouring row in the window. Day-over-day change becomes a single expression:

```sql
SELECT order_date,
       amount,
       amount - lag(amount) OVER (ORDER BY order_date) AS change
FROM daily_sales;
```

The first row has no predecessor, so its change is `NULL`; pass a default as the third argument if you prefer zero.""", False),
 ("Frames for moving averages", """An explicit frame turns a running total into a moving window. `avg(amount) OVER (ORDER BY order_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)` is a seven-day moving average, provided there is exactly one row per day. If days can be missing, use a `RANGE` frame with an interval so that gaps are not silently counted as neighbours.""", False),
 ]))
