T.append(dict(key="git-bisect", subject="finding regressions with git bisect",
 titles=["Finding regressions with git bisect", "Automating git bisect with a test script", "Binary search through your history"],
 topic="debugging regressions / git", stack=["git", "tooling", "bash"], tools=["git", "bash", "pytest"],
 lang="bash", diff="beginner",
 sections=[
 ("Binary search over commits", """When something worked last month and is broken today, there may be hundreds of commits in between. `git bisect` performs a binary search: you mark one good and one bad commit, git checks out the midpoint, and you say whether it is good or bad. Even a thousand commits need only about ten steps.""", False),
 ("A manual session", """```bash
git bisect start
git bisect bad HEAD
git bisect good v2.7.0
# git checks out a commit in the middle; test it, then:
git bisect good   # or: git bisect bad
# ...repeat until git names the first bad commit
git bisect reset
```

`git bisect reset` returns you to the branch you started from. Forgetting it leaves you on a detached HEAD, which confuses the next person to use the terminal.""", False),
 ("Let a script do the work", """If the regression can be detected by a command, bisect can run unattended:

```bash
git bisect start HEAD v2.7.0
git bisect run ./scripts/check-regression.sh
```

The script must exit with 0 for good, 1 to 127 for bad, and 125 for commits that cannot be tested, such as ones that do not compile. Git skips the 125 cases and keeps searching.""", False),
 ("Write the smallest possible check", """The check script should test exactly the regression and nothing else. Running the full suite at each step is slow, and an unrelated flaky test will send the search in the wrong direction. A focused test such as `pytest tests/test_export.py::test_unicode_filenames -x -q` finishes in seconds and gives an unambiguous answer.""", False),
 ("Merge commits and skipped ranges", """With a history full of merges, bisect may land on a merge commit whose parents are both fine. Use `git bisect start --first-parent` to walk only the mainline, which identifies the merged pull request that introduced the problem. From there, a second bisect inside that branch finds the exact commit.""", False),
 ]))

T.append(dict(key="bash-safety", subject="writing safer Bash scripts",
 titles=["Writing safer Bash scripts", "Bash strict mode and its limits", "Shell scripts that fail loudly"],
 topic="shell scripting / tooling", stack=["tooling", "bash", "linux"], tools=["bash", "shellcheck", "shfmt"],
 lang="bash", diff="beginner",
 sections=[
 ("Fail on the first error", """By default Bash carries on after a failing command, which is how a deploy script ends up running `rm` in the wrong directory after a `cd` failed. Start scripts with a strict header:

```bash
#!/usr/bin/env bash
set -euo pipefail
IFS=$'\\n\\t'
```

`-e` exits on errors, `-u` treats unset variables as errors, and `pipefail` makes a pipeline fail if any command in it fails, not only the last one.""", False),
 ("Temporary files, cleaned up", """Never hard-code `/tmp/build.tmp`; two runs of the script will overwrite each other's data. Let `mktemp` pick a unique name and remove it on exit:

```bash
workdir=$(mktemp -d /tmp/release.XXXXXX)
trap 'rm -rf "$workdir"' EXIT
tar -xzf "$1" -C "$workdir"
```

The run of capital X characters is part of the template: `mktemp` replaces each one with a random character.""", True),
 ("Quote every expansion", """Unquoted variables are split on whitespace and expanded as globs. A file called `monthly report.pdf` becomes two arguments, and a variable holding `*` becomes every file in the directory. Write `"$file"` and `"${files[@]}"` every time, even when you are sure the value has no spaces; the next person to edit the script may not be.""", False),
 ("Let shellcheck review your scripts", """ShellCheck finds the quoting mistakes, unused variables and non-portable constructs that humans miss. Run it in CI on every file with a shebang:

```bash
git ls-files -z '*.sh' | xargs -0 shellcheck --severity=warning
```

When a warning is a deliberate choice, disable it on that line with a directive and a short comment saying why.""", False),
 ("Know when to stop using Bash", """Strict mode has surprising edge cases: `-e` is ignored inside conditions and in some function calls, and arithmetic that evaluates to zero counts as a failure. Once a script needs data structures, JSON parsing or error handling beyond exit codes, rewrite it in Python or Go. The rewrite is usually shorter than people expect.""", False),
 ]))

T.append(dict(key="redis-cache", subject="cache-aside with Redis",
 titles=["Cache-aside with Redis, carefully", "Avoiding cache stampedes with Redis", "Caching rendered pages in Redis"],
 topic="caching rendered pages / python services", stack=["python services", "backend", "redis"], tools=["redis", "redis-py", "locust"],
 lang="python", diff="intermediate",
 sections=[
 ("The basic pattern", """In cache-aside, the application reads from the cache first and, on a miss, loads the value from the database and writes it back with an expiry. The database stays the source of truth and the cache can be flushed at any time without losing data.

```python
def get_article(article_id: int) -> dict:
    key = f"article:{article_id}:v3"
    cached = r.get(key)
    if cached is not None:
        return json.loads(cached)
    article = db.load_article(article_id)
    r.set(key, json.dumps(article), ex=300)
    return article
```""", False),
 ("Version your keys", """The `:v3` suffix in the key is not decoration. When the shape of the cached object changes, bumping the version makes every old entry unreachable at once, and they expire on their own. Without it, a deploy that changes the serialisation format will read stale, incompatible entries until their expiry runs out.""", False),
 ("Stampedes on popular keys", """When a hot key expires, hundreds of requests miss at the same moment and all hit the database with the same query. Two mitigations work well together. Add jitter to the expiry, for example `ex=300 + random.randint(0, 60)`, so keys created together do not expire together. And let only one request rebuild the value while the others wait briefly or serve the stale copy.""", False),
 ("A short lock for rebuilding", """```python
def rebuild_once(key: str, loader, ttl: int = 300):
    lock = r.set(f"lock:{key}", "1", nx=True, ex=10)
    if not lock:
        time.sleep(0.05)
        return r.get(key)
    try:
        value = loader()
        r.set(key, json.dumps(value), ex=ttl)
        return value
    finally:
        r.delete(f"lock:{key}")
```

The lock expires by itself after ten seconds, so a crashed worker cannot block rebuilding forever.""", False),
 ("Measure the hit ratio", """`INFO stats` reports `keyspace_hits` and `keyspace_misses`. A hit ratio below about 80 percent for a read-heavy page cache usually means the expiry is too short or the keys are too specific, for instance because they include a session identifier that makes each user's entry unique.""", False),
 ]))

T.append(dict(key="java-vthreads", subject="virtual threads in Java 21",
 titles=["Virtual threads in Java 21", "Migrating a Spring Boot service to virtual threads", "What virtual threads do and do not fix"],
 topic="concurrency / java spring apps", stack=["java spring apps", "backend", "java"], tools=["spring boot", "junit", "jfr", "maven"],
 lang="java", diff="advanced",
 sections=[
 ("Cheap threads for blocking code", """A platform thread maps to an operating system thread and costs around a megabyte of stack. Virtual threads are scheduled by the JVM onto a small pool of carrier threads; when one blocks on I/O, it is unmounted and the carrier runs another. A service can therefore keep tens of thousands of blocking requests in flight without reactive code.""", False),
 ("Turning them on", """In plain Java, an executor that starts one virtual thread per task is all you need:

```java
try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
    List<Future<Quote>> quotes = suppliers.stream()
        .map(s -> executor.submit(() -> s.quote(request)))
        .toList();
    for (var f : quotes) {
        best = pickBetter(best, f.get());
    }
}
```

In Spring Boot 3.2 and later, setting `spring.threads.virtual.enabled=true` makes Tomcat and the task executors use them.""", False),
 ("Pinning", """A virtual thread that blocks inside a `synchronized` block, or in native code, stays pinned to its carrier, and the carrier cannot run anything else. With many such threads, the small carrier pool is exhausted. Run with `-Djdk.tracePinnedThreads=short` during testing to find the culprits, and replace long `synchronized` sections with a `ReentrantLock`. JDK 24 removes most of these cases.""", False),
 ("Pools become the bottleneck", """Virtual threads remove the limit on concurrent requests, which moves the limit elsewhere. A database pool of twenty connections still serves twenty queries at once; the other requests wait for a connection instead of a thread. Size pools deliberately and add timeouts on acquisition so that waiting requests fail instead of piling up.""", False),
 ("Do not pool virtual threads", """Pooling exists because platform threads are expensive to create. Virtual threads are not, and putting them in a fixed pool reintroduces the very limit they were meant to remove. If you need to cap concurrency for a downstream service, use a `Semaphore` around that call instead.""", False),
 ]))

T.append(dict(key="gha-cache", subject="caching dependencies in GitHub Actions",
 titles=["Caching dependencies in GitHub Actions", "Faster CI with actions/cache", "A GitHub Actions workflow that doesn't download the internet"],
 topic="continuous integration / node apis", stack=["node apis", "ci", "yaml"], tools=["github actions", "npm", "actions/cache"],
 lang="yaml", diff="beginner",
 sections=[
 ("Where the minutes go", """On a typical Node project, a CI run spends more time installing dependencies than running tests. Every job starts on a fresh virtual machine, so without a cache, `npm ci` downloads the same few hundred megabytes on every push. Caching the package manager's download directory is usually the single largest speed-up available.""", False),
 ("Built-in caching in setup actions", """The official setup actions can cache for you:

```yaml
- uses: actions/checkout@v4
- uses: actions/setup-node@v4
  with:
    node-version: 20
    cache: npm
- run: npm ci
- run: npm test
```

The cache key is derived from the lock file, so it is invalidated exactly when dependencies change.""", False),
 ("Explicit keys with expressions", """For anything the setup actions do not cover, `actions/cache` takes a key built from workflow expressions:

```yaml
- uses: actions/cache@v4
  with:
    path: ~/.cache/playwright
    key: ${{ runner.os }}-playwright-${{ hashFiles('package-lock.json') }}
    restore-keys: |
      ${{ runner.os }}-playwright-
```

The double-brace syntax is evaluated by GitHub before the step runs. `restore-keys` allow a partial match, so a slightly outdated cache is still used as a starting point.""", True),
 ("Secrets stay out of the cache", """Caches are shared between branches in ways that are easy to forget. Never cache a directory that may contain credentials, such as a home directory with a `.npmrc` holding a token. Pass secrets as environment variables from `${{ secrets.NPM_TOKEN }}` at the step that needs them, and nowhere else.""", True),
 ("Check that the cache hits", """The `actions/cache` step exposes a `cache-hit` output and logs the key it restored. If every run reports a miss, the key probably contains something that changes on every commit, such as the commit SHA. Keep keys based on lock files and tool versions only.""", False),
 ]))

T.append(dict(key="helm-charts", subject="writing maintainable Helm charts",
 titles=["Writing maintainable Helm charts", "Helm templates without the spaghetti", "Named templates and values in Helm"],
 topic="deployment packaging / kubernetes", stack=["kubernetes", "platform", "helm"], tools=["helm", "kubectl", "helm-unittest"],
 lang="yaml", diff="intermediate",
 sections=[
 ("Templates are text, not YAML", """Helm renders Go templates into text and only then parses the result as YAML. Indentation mistakes therefore show up as confusing parse errors far away from their cause. Keep the logic in templates small and push complexity into named helpers that return well-formed snippets.""", False),
 ("Values with defaults", """```yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
  labels:
    {{- include "shop.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount | default 2 }}
  template:
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
```

Falling back to `.Chart.AppVersion` means a chart release always has a sensible image tag.""", True),
 ("Named templates for shared labels", """Define labels once in `_helpers.tpl`:

```yaml
{{- define "shop.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
```

Use `include` rather than `template` to call it, because only `include` can be piped into `nindent`.""", True),
 ("Render before you install", """`helm template ./chart -f values-prod.yaml` prints the manifests without touching the cluster. Pipe the result into `kubeconform` to validate it against the Kubernetes schemas, and keep the rendered output of one or two value files in the repository so that reviewers see what a change actually does.""", False),
 ("Unit tests for charts", """The `helm-unittest` plugin asserts on rendered output:

```yaml
suite: deployment
templates: [deployment.yaml]
tests:
  - it: uses the chart version as default tag
    asserts:
      - matchRegex:
          path: spec.template.spec.containers[0].image
          pattern: ":1\\\\.4\\\\.0$"
```

A few of these tests pay for themselves the first time someone refactors the helpers.""", False),
 ]))

T.append(dict(key="jinja-templates", subject="server-side templates with Jinja2",
 titles=["Server-side rendering with Jinja2 templates", "Template inheritance in Jinja2", "Escaping, macros and filters in Jinja2"],
 topic="server-side rendering / python services", stack=["python services", "backend", "python"], tools=["jinja2", "flask", "pytest"],
 lang="python", diff="beginner",
 sections=[
 ("Inheritance keeps pages consistent", """A base template defines the skeleton of every page and leaves named blocks for children to fill:

```html
<!doctype html>
<html lang="en">
  <head><title>{% block title %}{% endblock %} | Field Notes</title></head>
  <body>
    <main>{% block content %}{% endblock %}</main>
  </body>
</html>
```

A child template starts with `{% extends "base.html" %}` and overrides only the blocks it needs.""", True),
 ("Variables and filters", """Expressions go between double braces, and filters transform values with a pipe:

```html
<h1>{{ article.title | title }}</h1>
<p class="meta">{{ article.published | datetimeformat("%d %B %Y") }} · {{ article.minutes }} min read</p>
<ul>
{% for tag in article.tags | sort %}
  <li><a href="/tags/{{ tag | urlencode }}">{{ tag }}</a></li>
{% endfor %}
</ul>
```

Custom filters such as `datetimeformat` are registered on the environment as ordinary Python functions.""", True),
 ("Autoescaping is not optional", """With `autoescape=select_autoescape()` Jinja escapes HTML in every variable, so a comment containing a script tag is rendered as harmless text. The `| safe` filter turns escaping off for one value. Treat each use of it as a security decision and keep the list short enough to review.""", False),
 ("Macros for repeated markup", """Macros are functions for templates:

```html
{% macro card(item) -%}
  <article class="card">
    <h2>{{ item.title }}</h2>
    <p>{{ item.summary | truncate(140) }}</p>
  </article>
{%- endmacro %}
```

Import them with `{% from "macros.html" import card %}` and the listing page shrinks to a loop.""", True),
 ("Test rendered output", """Render templates in tests with a real environment and assert on the HTML. Checking that a title containing an ampersand comes out as `&amp;` takes three lines and guards against someone adding `| safe` in the wrong place.""", False),
 ]))
