T.append(dict(key="pg-migrations", subject="zero-downtime schema migrations in PostgreSQL",
 titles=["Zero-downtime schema migrations in PostgreSQL", "Shipping schema changes without locking the table", "Expand and contract: safer Postgres migrations"],
 topic="shipping schema changes safely / postgres databases", stack=["postgres databases", "data", "sql"], tools=["psql", "flyway", "pg_locks", "alembic"],
 lang="sql", diff="advanced",
 sections=[
 ("Locks are the real risk", """Most migrations are fast. The danger is the lock they take. `ALTER TABLE` acquires an `ACCESS EXCLUSIVE` lock, and while it waits for that lock behind a long-running transaction, every new query on the table queues up behind it. A migration that would run in 50 ms can therefore stall the whole application for minutes.""", False),
 ("Always set a lock timeout", """Make the migration fail fast instead of blocking traffic:

```sql
SET lock_timeout = '3s';
SET statement_timeout = '15min';
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
```

If the lock cannot be taken within three seconds the statement errors out, and the deploy tool can retry a little later. A failed migration is an inconvenience; a blocked table is an incident.""", False),
 ("Expand, migrate, contract", """Renaming a column in one step breaks every running instance of the old code. Split it instead: add the new column, deploy code that writes to both, backfill in batches, deploy code that reads the new column, and only then drop the old one. Each step is backwards compatible with the version of the application running next to it.""", False),
 ("Backfill in batches", """One `UPDATE` over fifty million rows holds locks for a long time and produces a huge amount of WAL at once. Walk the primary key instead:

```sql
UPDATE orders
SET shipped_at = legacy_shipped_at
WHERE id >= 1000000 AND id < 1010000
  AND shipped_at IS NULL;
```

Run it from a script that advances the range, sleeps briefly between batches and logs progress, so replication lag stays under control.""", False),
 ("Constraints without a long scan", """Adding a `NOT NULL` or foreign key constraint normally validates every row under a strong lock. Add it as `NOT VALID` first, which only affects new rows, then run `ALTER TABLE orders VALIDATE CONSTRAINT orders_shipped_chk;` separately. Validation takes a weaker lock that allows reads and writes to continue.""", False),
 ]))

T.append(dict(key="css-grid", subject="CSS grid layouts for article pages",
 titles=["CSS Grid for article layouts", "A responsive article layout with CSS Grid", "Named grid areas in practice"],
 topic="page layout / react frontends", stack=["react frontends", "frontend", "css"], tools=["css grid", "firefox devtools", "stylelint"],
 lang="css", diff="beginner",
 sections=[
 ("Why grid rather than flexbox", """Flexbox lays things out in one dimension: a row or a column. An article page is two-dimensional, with a header across the top, the text column in the middle, a table of contents beside it and a footer underneath. CSS Grid describes that structure directly, and the browser handles the alignment that used to need wrapper divs and negative margins.""", False),
 ("Named areas make the layout readable", """```css
.page {
  display: grid;
  grid-template-columns: 1fr minmax(0, 68ch) 16rem 1fr;
  grid-template-areas:
    ".  header header ."
    ".  main   toc    ."
    ".  footer footer .";
  gap: 2rem;
}
.page > header { grid-area: header; }
.page > main   { grid-area: main; }
.page > nav    { grid-area: toc; }
.page > footer { grid-area: footer; }
```

The `minmax(0, 68ch)` column keeps lines at a comfortable reading length and lets long code blocks shrink instead of overflowing.""", False),
 ("Collapsing on small screens", """A media query redefines the areas; the HTML stays untouched:

```css
@media (max-width: 60rem) {
  .page {
    grid-template-columns: 1fr;
    grid-template-areas: "header" "toc" "main" "footer";
  }
}
```

Be careful that the visual order still makes sense to keyboard and screen-reader users, who follow the source order rather than the grid.""", False),
 ("Full-bleed elements", """Images and code samples often look better when they break out of the text column. With a grid of four columns, a child can span the full width with `grid-column: 1 / -1;` while paragraphs stay in the centre column. No calculations with viewport units, and no horizontal scrollbar caused by `100vw` including the scrollbar width.""", False),
 ("Prototype with dummy text", """When I build a layout I start from a static HTML file with filler copy, so the content's length does not distract from the structure:

```html
<main class="page">
  <header><h1>Article title</h1></header>
  <main>
    <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>
    <p>Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>
  </main>
  <nav>Contents</nav>
</main>
```

Firefox's grid inspector then overlays the line numbers and area names, which makes off-by-one column spans obvious.""", True),
 ]))

T.append(dict(key="css-custom-props", subject="theming with CSS custom properties",
 titles=["Theming with CSS custom properties", "Dark mode with CSS variables and no JavaScript", "Design tokens as CSS custom properties"],
 topic="theming / react frontends", stack=["react frontends", "frontend", "css"], tools=["postcss", "stylelint", "chrome devtools"],
 lang="css", diff="intermediate",
 sections=[
 ("Custom properties cascade", """Unlike Sass variables, which disappear at build time, custom properties live in the browser and follow the cascade. A value defined on `:root` is inherited everywhere, and a component can override it for its own subtree. That single property makes them the natural building block for themes.""", False),
 ("Define tokens once", """```css
:root {
  --colour-bg: #ffffff;
  --colour-text: #1d1f23;
  --colour-accent: #0a66c2;
  --space-1: 0.25rem;
  --space-2: 0.5rem;
  --radius: 6px;
}
.button {
  background: var(--colour-accent);
  color: var(--colour-bg);
  padding: var(--space-2) calc(var(--space-2) * 2);
  border-radius: var(--radius);
}
```

Components refer to tokens by meaning, never to raw hex values, so a theme change touches one block.""", False),
 ("Respecting the user's preference", """The operating system's colour scheme is available through a media query, so dark mode needs no script at all:

```css
@media (prefers-color-scheme: dark) {
  :root {
    --colour-bg: #15171a;
    --colour-text: #e8eaed;
    --colour-accent: #6fb1ff;
  }
}
```

Add `color-scheme: light dark;` on `:root` as well, so form controls and scrollbars follow along.""", False),
 ("Fallbacks and typos", """`var()` accepts a fallback as its second argument: `var(--colour-accent, royalblue)`. It does not protect you from a misspelt property name used without a fallback, which silently resolves to the initial value. A stylelint rule that checks custom properties against a known list catches these before they reach production.""", False),
 ("Reading tokens from script", """Occasionally a chart library needs the theme colours in JavaScript. `getComputedStyle(document.documentElement).getPropertyValue('--colour-accent').trim()` returns the current value, including the dark-mode override. Read it when the chart is drawn, and listen to the media query's `change` event to redraw when the user switches theme.""", False),
 ]))

T.append(dict(key="k8s-probes", subject="liveness and readiness probes in Kubernetes",
 titles=["Liveness and readiness probes done right", "Kubernetes probes that don't cause outages", "Startup, readiness and liveness probes explained"],
 topic="health checks / kubernetes", stack=["kubernetes", "platform", "yaml"], tools=["kubectl", "helm", "prometheus"],
 lang="yaml", diff="intermediate",
 sections=[
 ("Three probes, three questions", """Kubernetes asks a container three different questions. The startup probe asks whether the application has finished starting. The readiness probe asks whether it should receive traffic right now. The liveness probe asks whether it is stuck beyond repair and should be restarted. Mixing up the last two is the most common cause of self-inflicted outages.""", False),
 ("A sensible configuration", """```yaml
containers:
  - name: api
    image: registry.example.com/api:1.14.2
    startupProbe:
      httpGet: { path: /healthz, port: 8080 }
      failureThreshold: 30
      periodSeconds: 2
    readinessProbe:
      httpGet: { path: /ready, port: 8080 }
      periodSeconds: 5
    livenessProbe:
      httpGet: { path: /healthz, port: 8080 }
      periodSeconds: 10
      failureThreshold: 3
```

The startup probe gives the application up to sixty seconds to boot before the liveness probe starts counting.""", False),
 ("Liveness must not check dependencies", """If the liveness endpoint queries the database and the database has a hiccup, every pod fails its liveness check at the same moment and Kubernetes restarts all of them. The restart does not fix the database; it just adds a cold start on top of the original problem. Liveness should only verify that the process itself can respond.""", False),
 ("Readiness can be stricter", """Readiness is the right place to check that the application can do useful work: the connection pool has at least one connection, the cache is warm, the configuration has loaded. A pod that fails readiness is removed from the Service's endpoints but keeps running, and it rejoins automatically when the check passes again.""", False),
 ("Debugging a failing probe", """When a pod keeps restarting, the events usually say why:

```bash
kubectl describe pod <pod-name> -n <namespace>
kubectl logs <pod-name> -n <namespace> --previous
```

The `--previous` flag shows the logs of the container that was killed, which is where the actual error lives. Replace the angle-bracket values with your own pod and namespace.""", True),
 ]))

T.append(dict(key="k8s-resources", subject="CPU and memory requests and limits in Kubernetes",
 titles=["Right-sizing Kubernetes requests and limits", "CPU limits, throttling and you", "A practical guide to Kubernetes memory limits"],
 topic="resource management / kubernetes", stack=["kubernetes", "platform", "yaml"], tools=["kubectl", "metrics-server", "prometheus", "vpa"],
 lang="yaml", diff="advanced",
 sections=[
 ("Requests schedule, limits enforce", """A request is what the scheduler reserves for the container on a node. A limit is the ceiling the kernel enforces at run time. Requests that are too high waste capacity because nodes fill up with reserved but unused resources; requests that are too low let nodes become overcommitted, and the noisy neighbour problem follows.""", False),
 ("Memory limits kill, CPU limits throttle", """When a container exceeds its memory limit, the kernel's OOM killer terminates it and the pod shows `OOMKilled`. When it hits its CPU limit, it is throttled: it keeps running, only slower. Throttling is much harder to notice, because it appears as higher latency rather than as an error.""", False),
 ("Measure before you set numbers", """Look at real usage over at least a week, including the busiest day:

```bash
kubectl top pods -n shop --containers
```

For something more reliable than a snapshot, query Prometheus for the 99th percentile of `container_memory_working_set_bytes` and of the CPU usage rate per container. Set the memory request near the typical usage and the limit comfortably above the observed peak.""", False),
 ("A reasonable starting point", """```yaml
resources:
  requests:
    cpu: 250m
    memory: 384Mi
  limits:
    memory: 512Mi
```

Notice that there is no CPU limit. Many teams now leave CPU unlimited and rely on requests for fair sharing, because CFS throttling punishes bursty, latency-sensitive services far more than it protects the node.""", False),
 ("Runtimes need to know the limit", """The JVM, Node.js and Go all size internal structures from the memory they believe they have. Modern JVMs read the cgroup limit; set `-XX:MaxRAMPercentage=75` so the heap leaves room for native memory. For Go, setting `GOMEMLIMIT` slightly below the container limit makes the garbage collector work harder before the OOM killer steps in.""", False),
 ]))

T.append(dict(key="docker-multistage", subject="smaller images with multi-stage Docker builds",
 titles=["Smaller images with multi-stage Docker builds", "Multi-stage Dockerfiles for Go and Python", "Cutting a 1.2 GB image down to 40 MB"],
 topic="container images / go microservices", stack=["go microservices", "backend", "docker"], tools=["docker", "buildkit", "dive", "trivy"],
 lang="dockerfile", diff="beginner",
 sections=[
 ("Build tools do not belong in production", """A single-stage Dockerfile ships the compiler, the package manager's cache and the test dependencies along with the application. The image is large, it pulls slowly on every node, and each extra package is one more thing a vulnerability scanner will complain about. A multi-stage build compiles in one image and copies only the result into a second, minimal one.""", False),
 ("A Go example", """```dockerfile
FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/api /api
USER nonroot
ENTRYPOINT ["/api"]
```

Copying `go.mod` and `go.sum` before the rest of the source lets Docker cache the downloaded modules until the dependencies actually change.""", False),
 ("Cache mounts with BuildKit", """BuildKit can keep a cache directory between builds without putting it into a layer:

```dockerfile
RUN --mount=type=cache,target=/root/.cache/go-build \\
    --mount=type=cache,target=/go/pkg/mod \\
    go build -o /out/api ./cmd/api
```

Incremental builds on a CI runner with a persistent cache drop from minutes to seconds.""", False),
 ("Inspect what you ship", """`dive` shows each layer and the files it added, which quickly reveals a stray `node_modules` or a copied `.git` directory. Add a `.dockerignore` that excludes version control data, local environments and build outputs; it also speeds up the build context upload.""", False),
 ("Scan the final image only", """Run your vulnerability scanner against the final stage, not the builder. A finding in the Go toolchain image is irrelevant if the toolchain never reaches production. `trivy image registry.example.com/api:1.14.2` on a distroless image typically reports a handful of findings instead of several hundred.""", False),
 ]))

T.append(dict(key="ts-zod", subject="validating API input in TypeScript with zod",
 titles=["Validating API input with zod", "Runtime types for TypeScript APIs", "One schema for types and validation in TypeScript"],
 topic="input validation / node apis", stack=["node apis", "backend", "typescript"], tools=["zod", "express", "vitest", "eslint"],
 lang="typescript", diff="intermediate",
 sections=[
 ("Types vanish at run time", """TypeScript checks your code, not your data. A request body typed as `CreateUser` is whatever the client sent, and the compiler cannot know. Runtime validation closes that gap, and a schema library like zod lets you write the shape once and derive the static type from it, so the two can never disagree.""", False),
 ("Define the schema", """```typescript
import { z } from "zod";

export const CreateUser = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
  role: z.enum(["reader", "editor", "admin"]).default("reader"),
  newsletter: z.boolean().optional(),
});

export type CreateUser = z.infer<typeof CreateUser>;
```

The exported type is inferred from the schema; there is no separate interface to maintain.""", False),
 ("Validate at the edge", """```typescript
app.post("/users", async (req, res) => {
  const parsed = CreateUser.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ errors: parsed.error.flatten() });
  }
  const user = await users.create(parsed.data);
  res.status(201).json(user);
});
```

After `safeParse` succeeds, `parsed.data` is fully typed and defaults have been applied, so the rest of the handler works with trusted values.""", False),
 ("Coercion for query strings", """Query parameters always arrive as strings. `z.coerce.number().int().positive()` converts `"20"` to `20` and rejects `"abc"`, which is exactly what a `limit` parameter needs. Be deliberate about coercion for booleans, though: `z.coerce.boolean()` treats any non-empty string, including `"false"`, as true.""", False),
 ("Testing the schema itself", """Schemas are code, and small tests keep them honest:

```typescript
import { describe, expect, it } from "vitest";

describe("CreateUser", () => {
  it("rejects an unknown role", () => {
    const r = CreateUser.safeParse({ email: "a@b.co", name: "A", role: "owner" });
    expect(r.success).toBe(false);
  });
});
```""", False),
 ]))

T.append(dict(key="react-effects", subject="common useEffect mistakes in React",
 titles=["Common useEffect mistakes in React", "You might not need that effect", "Fetching data in React without race conditions"],
 topic="state management / react frontends", stack=["react frontends", "frontend", "javascript"], tools=["react", "vite", "vitest", "eslint"],
 lang="typescript", diff="intermediate",
 sections=[
 ("Effects synchronise with the outside world", """An effect exists to keep a component in sync with something React does not control: a network request, a subscription, a DOM API. It is not a general way to react to state changes. When an effect only computes a value from props or state, the value can be calculated during rendering instead, and an entire render pass disappears.""", False),
 ("Derived state during render", """```tsx
// Before: an extra render on every change
const [visible, setVisible] = useState<Todo[]>([]);
useEffect(() => {
  setVisible(todos.filter(t => !t.done));
}, [todos]);

// After: computed while rendering
const visible = useMemo(() => todos.filter(t => !t.done), [todos]);
```

Here `Todo` is just the item type of a to-do list component; `useMemo` is only worth it when the calculation is expensive.""", True),
 ("Race conditions when fetching", """If the user types quickly, several requests are in flight and may resolve out of order. Ignore stale responses with a flag that the cleanup function sets:

```tsx
useEffect(() => {
  let ignore = false;
  fetch(`/api/search?q=${encodeURIComponent(query)}`)
    .then(r => r.json())
    .then(data => { if (!ignore) setResults(data); });
  return () => { ignore = true; };
}, [query]);
```""", False),
 ("Do not silence the dependency linter", """The `react-hooks/exhaustive-deps` rule is right far more often than it is wrong. If adding a dependency causes a loop, the dependency is usually an object or function recreated on each render. Move it inside the effect, memoise it, or restructure so the effect needs less.""", False),
 ("Strict Mode runs effects twice", """In development, Strict Mode mounts, unmounts and remounts each component to surface missing cleanups. An effect that opens a WebSocket without closing it will then open two. The fix is never to disable Strict Mode; it is to write the cleanup function the effect needed all along.""", False),
 ]))
