T.append(dict(key="llm-bot", subject="cleaning up chatbot boilerplate in a support assistant",
 titles=["Stripping chatbot filler from support answers", "How we taught our support bot to stop apologising", "Post-processing LLM replies before customers see them"],
 topic="llm output cleanup / python services", stack=["python services", "backend", "python"], tools=["openai", "pytest", "regex", "fastapi"],
 lang="python", diff="intermediate",
 sections=[
 ("The problem we saw in the logs", """Our support assistant answers questions about invoices. In the first week we reviewed a sample of its replies and found that about one in six began with filler such as "Certainly! Here's what you need to know" or ended with "I hope this helps! Let me know if you have any other questions." Customers did not mind much, but agents who pasted the answers into tickets had to delete those lines by hand.""", True),
 ("Prompting helps, but not enough", """Telling the model to skip pleasantries in the system prompt cut the rate roughly in half. The remaining cases clustered around a few patterns: a cheerful opener, a closing offer of further help, and the occasional "As an AI language model, I don't have access to your account" when a question needed data the tool call had not returned. Prompting alone was never going to reach zero.""", True),
 ("A small, boring filter", """We added a post-processing step with explicit patterns and tests:

```python
import re

OPENERS = re.compile(r"^(sure|certainly|of course)[!,.]?\\s+(here(?:'s| is)[^\\n]*?:)?\\s*", re.I)
CLOSERS = re.compile(r"\\n+(i hope this helps|let me know if)[^\\n]*$", re.I)

def tidy(reply: str) -> str:
    reply = OPENERS.sub("", reply.strip())
    reply = CLOSERS.sub("", reply)
    return reply.strip()
```

It only touches the first and last line, so it cannot mangle the substance of an answer.""", True),
 ("Tests written from real transcripts", """Every pattern came with a test case copied from a real, anonymised reply:

```python
def test_removes_closing_offer():
    raw = "Your invoice is due on the 3rd.\\n\\nI hope this helps!"
    assert tidy(raw) == "Your invoice is due on the 3rd."

def test_keeps_help_inside_answer():
    raw = "Open Settings, then Billing. The help page explains each field."
    assert tidy(raw) == raw
```

The second test matters as much as the first: a filter that deletes legitimate sentences is worse than the filler.""", True),
 ("Measuring the result", """We log whether the filter changed a reply. After two weeks the rate was under two percent, and the remaining changes were all harmless closers. We also sample fifty unfiltered replies a week for a human to read, because a filter can hide a model regression as easily as it hides boilerplate.""", False),
 ]))

T.append(dict(key="llm-eval", subject="regression tests for LLM-generated text",
 titles=["Regression tests for LLM-generated text", "Evaluating model output with plain pytest", "Catching prompt regressions before deploy"],
 topic="testing llm output / python services", stack=["python services", "testing", "python"], tools=["pytest", "jsonschema", "promptfoo"],
 lang="python", diff="advanced",
 sections=[
 ("Treat prompts like code", """A prompt change can break a feature as thoroughly as a code change, and it is reviewed far less carefully. We keep prompts in the repository, version them, and run a small evaluation suite in CI whenever a prompt or the model version changes. The suite is deliberately cheap: forty fixed inputs and a set of assertions that a machine can check.""", False),
 ("Assertions that do not need a judge", """Many properties of a good answer can be checked mechanically. Is the output valid JSON that matches the schema? Does the summary stay under 60 words? Does it avoid phrases we never want users to see?

```python
BANNED = ["as an ai language model", "i cannot browse", "[insert"]

@pytest.mark.parametrize("case", load_cases("summaries.jsonl"))
def test_summary_is_clean(case, summarise):
    out = summarise(case["article"])
    assert len(out.split()) <= 60
    assert not any(b in out.lower() for b in BANNED)
```""", True),
 ("Golden answers, loosely compared", """Comparing generated text with a stored answer character by character fails on every run. Instead we store key facts per case, such as the product name and the version number, and assert that each appears in the output. It catches the important regressions, such as a summary that drops the version, without breaking on harmless rewording.""", False),
 ("Pin the model and the temperature", """Evaluation is only meaningful when the inputs are fixed. Pin the exact model identifier rather than an alias that the provider may move, set the temperature to zero, and record both in the test report. When the provider retires a model, the upgrade becomes an explicit pull request with a visible diff in the evaluation scores.""", False),
 ("Keep a human in the loop", """Automated checks catch the failures you already know about. Once a week someone reads twenty random outputs from production and files anything odd as a new test case. Over six months that habit produced most of our assertions, including the check for the one for a phrase the model liked to append, "Feel free to reach out if you need further clarification", which no customer ever needed.""", True),
 ]))

T.append(dict(key="prompt-templates", subject="managing prompt templates in a Python codebase",
 titles=["Managing prompt templates in a Python codebase", "Prompt templates as versioned files", "Keeping LLM prompts out of string literals"],
 topic="prompt management / python services", stack=["python services", "backend", "python"], tools=["jinja2", "pydantic", "pytest"],
 lang="python", diff="intermediate",
 sections=[
 ("Prompts outgrow f-strings", """The first prompt in a project is usually an f-string inside a function. By the tenth, there are conditionals, shared instructions and examples copied between files. Moving prompts into template files gives them a name, a place in code review and a history of their own.""", False),
 ("A template file", """We use Jinja2 with `StrictUndefined`, so a missing variable raises an error instead of rendering as an empty string:

```jinja
You write release notes for {{ product_name }}.
Audience: {{ audience }}.

Changes in version {{ version }}:
{% for change in changes %}
- {{ change.title }} ({{ change.kind }})
{% endfor %}

Write at most {{ max_words }} words. Do not invent features.
```

The double-brace fields are filled at run time from a validated pydantic model.""", True),
 ("Fail loudly on missing fields", """```python
from jinja2 import Environment, FileSystemLoader, StrictUndefined

env = Environment(loader=FileSystemLoader("prompts"), undefined=StrictUndefined)

def render(name: str, **fields) -> str:
    return env.get_template(f"{name}.jinja").render(**fields)
```

Without `StrictUndefined`, a typo such as `{{ prodcut_name }}` silently produces a prompt with a hole in it, and the model happily fills the hole with something plausible.""", True),
 ("Snapshot the rendered prompt", """A test renders each template with fixed inputs and compares the result with a stored snapshot. Reviewers then see the exact prompt text that changed, not just the template diff, which is much easier to judge.""", False),
 ("Version in the file name", """When a prompt change needs an experiment, we add `release_notes.v2.jinja` next to the old file and choose the version through configuration. Rolling back is a configuration change, and the evaluation report can compare the two versions on the same inputs.""", False),
 ]))

T.append(dict(key="nginx-proxy", subject="nginx as a reverse proxy for an application server",
 titles=["nginx as a reverse proxy, explained line by line", "Proxy headers, buffering and timeouts in nginx", "Putting nginx in front of a Python app"],
 topic="reverse proxy / python services", stack=["python services", "platform", "nginx"], tools=["nginx", "curl", "certbot"],
 lang="nginx", diff="beginner",
 sections=[
 ("Why put a proxy in front", """Application servers such as Gunicorn or Uvicorn are good at running Python code and poor at dealing with slow clients, TLS and static files. nginx handles thousands of idle connections cheaply, buffers slow uploads before handing them on, and serves assets straight from disk, leaving the application workers free for real requests.""", False),
 ("A minimal server block", """```nginx
upstream app {
    server 127.0.0.1:8000;
    keepalive 16;
}

server {
    listen 443 ssl;
    server_name notes.example.org;

    location /static/ {
        alias /srv/notes/static/;
        expires 7d;
    }

    location / {
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
```""", False),
 ("Forwarded headers", """Behind a proxy, the application sees every request as coming from `127.0.0.1` over plain HTTP. The `X-Forwarded-*` headers carry the original client address and scheme, but the application must be told to trust them, and only from the proxy's address. Otherwise any client can claim to be any IP address by sending the header itself.""", False),
 ("Timeouts and buffering", """`proxy_read_timeout` defaults to sixty seconds. Raise it only for the locations that need it, such as a report export, rather than globally. For server-sent events or streaming responses, switch off buffering in that location with `proxy_buffering off;`, or clients receive the stream in large, delayed chunks.""", False),
 ("Test the configuration before reloading", """`nginx -t` parses the configuration and reports errors without touching the running server. Make it the first step of every deploy, and reload with `nginx -s reload` so existing connections finish on the old workers while new ones use the new configuration.""", False),
 ]))

T.append(dict(key="otel-logging", subject="structured logging in Go with slog",
 titles=["Structured logging in Go with log/slog", "From log.Printf to slog", "Logs a machine can query: slog in practice"],
 topic="observability / go microservices", stack=["go microservices", "backend", "go"], tools=["log/slog", "loki", "grafana", "go test"],
 lang="go", diff="beginner",
 sections=[
 ("Why structure matters", """A log line like `user 42 failed login from 10.0.0.7` is easy to read and hard to query. Searching for all failed logins of one user requires a regular expression that breaks the day someone rewords the message. Structured logs keep the message constant and put the variable parts into named fields that the log backend can index.""", False),
 ("The standard library has it now", """Since Go 1.21, `log/slog` provides structured logging without a third-party dependency:

```go
logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
    Level: slog.LevelInfo,
}))
logger.Info("login failed",
    "user_id", 42,
    "remote_addr", r.RemoteAddr,
    "reason", "bad_password",
)
```

The JSON handler writes one object per line, which every log shipper understands.""", False),
 ("Request-scoped fields", """Attach fields that belong to every line of a request once, at the edge:

```go
func withRequestLogger(next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        l := slog.Default().With("request_id", r.Header.Get("X-Request-Id"), "path", r.URL.Path)
        next.ServeHTTP(w, r.WithContext(ctxWithLogger(r.Context(), l)))
    })
}
```

Handlers then log through the logger from the context, and every line carries the request ID for free.""", False),
 ("Levels and cost", """Debug logs are useful until they cost more than the service. Keep the default level at info in production and make it changeable at run time through a `slog.LevelVar`, so that you can turn on debug output for ten minutes during an incident without redeploying.""", False),
 ("Never log secrets", """Structured logging makes it easy to dump an entire struct, including the password field. Implement the `slog.LogValuer` interface on sensitive types to return a redacted value, and add a test that logs a request object and asserts that the token does not appear in the output.""", False),
 ]))

T.append(dict(key="todo-hygiene", subject="keeping TODO comments under control",
 titles=["Keeping TODO comments under control", "A lint rule for stale TODOs", "What we learned from counting our TODO comments"],
 topic="code hygiene / tooling", stack=["tooling", "ci", "python"], tools=["ripgrep", "ruff", "github actions"],
 lang="python", diff="beginner",
 sections=[
 ("Counting them first", """Before changing anything, we measured. A single ripgrep command listed every marker comment in the main repository:

```bash
rg --count-matches '(TODO|FIXME|XXX)\\b' --type py src/ | sort -t: -k2 -nr | head
```

There were 412 of them. The oldest, according to `git blame`, predated the current team by four years.""", True),
 ("A format that carries an owner", """We agreed that new markers must name a person or a ticket:

```python
# TODO(PAY-1182): remove once all invoices use the v2 numbering
def legacy_invoice_number(order): ...
```

A comment with a ticket can be found again from the tracker, and the ticket can be closed when the code goes. An anonymous `# TODO fix this` cannot.""", True),
 ("Enforcing it in CI", """Ruff's `TD` rules check the format: `TD002` requires an author, `TD003` requires a link to an issue. We enabled them only for changed lines at first, using a small wrapper around `git diff`, so the existing backlog did not block every pull request on day one.""", False),
 ("Paying down the backlog", """Once a month, the team spends an hour on the oldest markers. About half turned out to describe work that was already done, or no longer needed, and were simply deleted. The rest became tickets with a real priority, which is where planned work belongs anyway.""", False),
 ("Results after a quarter", """After three months the count was down to 97, all with owners. More importantly, the number stopped growing: a marker is now a small promise with a name attached, not a note to nobody.""", False),
 ]))
