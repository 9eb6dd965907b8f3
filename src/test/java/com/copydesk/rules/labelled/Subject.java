package com.copydesk.rules.labelled;

import java.util.List;

/**
 * What a clean draft of the labelled set is about: its stack and the words its prose uses, a code
 * sample in its language, and the checks an editor ticks. Twelve subjects in different words, so
 * that the set is not one template and the topic rule sees real vocabulary.
 */
record Subject(String stack, String area, String language, List<String> problems, List<String> tools,
               List<String> nouns, String code, List<String> checks) {

    static final List<Subject> ALL = List.of(
            new Subject("python services", "backend", "python",
                    List.of("testing critical paths before launch", "profiling slow endpoints", "retrying background jobs"),
                    List.of("fastapi", "pytest", "uvicorn"), List.of("endpoint", "worker", "fixture", "request handler", "virtualenv"),
                    "def handler(request):\n    # TODO: drop the fallback once v2 ships\n    return render(\"{{ title }}\", request)\n",
                    List.of("run the test suite", "pin dependency versions", "check the error budget")),
            new Subject("go microservices", "backend", "go",
                    List.of("cutting tail latency", "shipping schema changes safely", "tracing requests across services"),
                    List.of("chi", "pprof", "golangci-lint"), List.of("goroutine", "handler", "context deadline", "channel", "binary"),
                    "func main() {\n\thttp.ListenAndServe(\"localhost:8080\", nil) // TODO: read the port from the env\n}\n",
                    List.of("measure p99 latency", "add a load test", "document the rollout")),
            new Subject("react frontends", "frontend", "typescript",
                    List.of("splitting large bundles", "caching rendered pages", "testing forms with playwright"),
                    List.of("vite", "vitest", "playwright"), List.of("component", "hook", "render", "bundle", "route"),
                    "export function Title({ name }: Props) {\n  return <h1>{name}</h1>; // {{ name }} in the old template\n}\n",
                    List.of("check the bundle size", "test on a slow network", "review the accessibility audit")),
            new Subject("postgres databases", "data", "sql",
                    List.of("paginating large result sets", "adding indexes without downtime", "tuning autovacuum"),
                    List.of("psql", "pg_stat_statements", "pgbench"), List.of("index", "query plan", "table", "transaction", "replica"),
                    "EXPLAIN ANALYZE\nSELECT id, title FROM posts\nWHERE published_at > now() - interval '7 days';\n",
                    List.of("review query plans", "test with realistic data", "write a rollback plan")),
            new Subject("rust command line tools", "tooling", "rust",
                    List.of("parsing arguments cleanly", "handling errors without panics", "benchmarking hot loops"),
                    List.of("clap", "cargo test", "criterion"), List.of("crate", "binary", "argument", "error type", "benchmark"),
                    "fn main() -> Result<(), Error> {\n    let args = Args::parse(); // XXX: validate paths\n    run(args)\n}\n",
                    List.of("run clippy", "add a criterion benchmark", "check the exit codes")),
            new Subject("node apis", "backend", "javascript",
                    List.of("rate limiting public endpoints", "streaming large uploads", "graceful shutdown of workers"),
                    List.of("express", "jest", "pm2"), List.of("middleware", "route", "stream", "event loop", "worker"),
                    "app.get('/health', (req, res) => {\n  res.send('<h1>ok</h1>'); // {{ status }} in the old template\n});\n",
                    List.of("log every retry", "add a load test", "document the limits")),
            new Subject("java spring apps", "backend", "java",
                    List.of("reducing startup time", "configuring connection pools", "migrating to virtual threads"),
                    List.of("spring boot", "junit", "maven"), List.of("bean", "connection pool", "controller", "thread", "profile"),
                    "@GetMapping(\"/posts\")\nList<Post> posts() {\n    return repository.findAll(); // FIXME: page this\n}\n",
                    List.of("measure startup time", "review the pool size", "run the integration tests")),
            new Subject("kubernetes deployments", "operations", "yaml",
                    List.of("rolling out config changes", "setting resource limits", "debugging crash loops"),
                    List.of("kubectl", "helm", "k9s"), List.of("pod", "deployment", "container", "probe", "namespace"),
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Values.name }}\n",
                    List.of("check the readiness probe", "set memory limits", "watch the rollout")),
            new Subject("django sites", "web", "python",
                    List.of("speeding up the admin", "caching template fragments", "handling file uploads"),
                    List.of("django", "celery", "redis"), List.of("view", "template", "queryset", "model", "migration"),
                    "{% for post in posts %}\n  <a href=\"{{ post.url }}\">{{ post.title }}</a>\n{% endfor %}\n",
                    List.of("check the query count", "test the upload limit", "review the cache keys")),
            new Subject("terraform infrastructure", "operations", "hcl",
                    List.of("splitting state files", "reviewing plans in ci", "importing existing resources"),
                    List.of("terraform", "tflint", "atlantis"), List.of("module", "state file", "provider", "plan", "workspace"),
                    "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs-${var.env}\" # TODO: add lifecycle rules\n}\n",
                    List.of("review the plan", "lock provider versions", "back up the state")),
            new Subject("swift ios apps", "mobile", "swift",
                    List.of("reducing app launch time", "testing offline sync", "handling background refresh"),
                    List.of("xcode", "swiftui", "instruments"), List.of("view model", "scene", "launch", "cache", "device"),
                    "struct ContentView: View {\n    var body: some View { Text(\"{{placeholder}}\") } // preview only\n}\n",
                    List.of("profile the launch", "test on an old device", "check the crash reports")),
            new Subject("elasticsearch clusters", "search", "json",
                    List.of("measuring search relevance", "resizing shards", "reindexing without downtime"),
                    List.of("kibana", "rally", "curl"), List.of("shard", "index", "mapping", "query", "node"),
                    "curl -X GET \"http://localhost:9200/posts/_search\" -H 'Content-Type: application/json' -d '{\"query\": {\"match_all\": {}}}'\n",
                    List.of("check the shard sizes", "compare relevance scores", "snapshot the cluster")));
}
