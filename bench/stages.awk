# Buckets JFR execution samples (jfr print --events jdk.ExecutionSample) by generator stage.
/stackTrace = \[/ { inst = 1; s = ""; next }
inst && /^[ \t]*\]/ {
  inst = 0; n++
  if (s ~ /OutputWriter|FileChannel|Files\.write|Files\.move|createTempFile|FileDispatcher|UnixNativeDispatcher/) b = "write (OutputWriter, file I/O)"
  else if (s ~ /mustachejava|DocsEmitter/) b = "docs (Mustache)"
  else if (s ~ /com\.palantir\.javapoet|emit\.java/) b = "emit Java (JavaPoet)"
  else if (s ~ /snakeyaml|io\.swagger|SpecLoader|LineIndex/) b = "load (SnakeYAML, swagger-parser)"
  else if (s ~ /codegen\.link|codegen\.naming/) b = "link and naming"
  else if (s ~ /GenerationBench|codegen/) b = "other generator"
  else b = "other (JVM, GC, fork-join idle)"
  c[b]++
  next
}
inst { s = s " " $0 }
END { for (k in c) printf "%5d %5.1f%% %s\n", c[k], 100 * c[k] / n, k | "sort -nr"; }
