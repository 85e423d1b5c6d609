package dev.brickapi.codegen.load;

import java.io.StringReader;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Maps the JSON pointers of a YAML or JSON document to 1-based line numbers. */
public final class LineIndex {

  private static final java.util.regex.Pattern REF =
      java.util.regex.Pattern.compile("[\"']?\\$ref[\"']?\\s*:\\s*[\"']?([^\"'\\s,}]+)");
  private static final java.util.regex.Pattern TOP_LEVEL =
      java.util.regex.Pattern.compile("(?m)^\\s*[{]?\\s*[\"']?(openapi|swagger)[\"']?\\s*:\\s*[\"']?([\\w.]+)");

  private Map<String, Integer> lines;
  private final String text;
  private final Set<String> refs;
  private final Map<String, String> topLevel;

  private LineIndex(Map<String, Integer> lines, Set<String> refs, Map<String, String> topLevel) {
    this.lines = lines;
    this.text = null;
    this.refs = refs;
    this.topLevel = topLevel;
  }

  private LineIndex(String text, Set<String> refs, Map<String, String> topLevel) {
    this.text = text;
    this.refs = refs;
    this.topLevel = topLevel;
  }

  /**
   * An index that reads the references and the version by a quick scan and builds the line map only when
   * a line is first asked for, which happens only when something is wrong.
   */
  static LineIndex lazy(String text) {
    Set<String> refs = new LinkedHashSet<>();
    java.util.regex.Matcher m = REF.matcher(text);
    while (m.find()) {
      refs.add(m.group(1));
    }
    Map<String, String> top = new HashMap<>();
    java.util.regex.Matcher t = TOP_LEVEL.matcher(text);
    while (t.find()) {
      top.putIfAbsent(t.group(1), t.group(2));
    }
    return new LineIndex(text, refs, top);
  }

  /** Parses the text as YAML; throws SnakeYAML's exception, with its mark, when it is not YAML. */
  static void check(String text) {
    of(text);
  }

  static LineIndex empty() {
    return new LineIndex(Map.of(), Set.of(), Map.of());
  }

  private synchronized Map<String, Integer> lines() {
    if (lines == null) {
      try {
        lines = of(text).lines;
      } catch (RuntimeException e) {
        lines = Map.of();
      }
    }
    return lines;
  }

  /** Every {@code $ref} value in the document, in order of appearance. */
  public Set<String> refs() {
    return refs;
  }

  /** A top-level scalar such as {@code openapi}, or null. */
  public String topLevel(String key) {
    return topLevel.get(key);
  }

  /** Parses {@code text}; throws SnakeYAML's exception (with its mark) when the text is not YAML. */
  static LineIndex of(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    Node root = new Yaml(options).compose(new StringReader(text));
    Map<String, Integer> lines = new HashMap<>();
    Set<String> refs = new LinkedHashSet<>();
    Map<String, String> topLevel = new HashMap<>();
    if (root != null) {
      index(root, "", lines, refs);
      if (root instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
            topLevel.put(key.getValue(), value.getValue());
          }
        }
      }
    }
    return new LineIndex(lines, refs, topLevel);
  }

  private static void index(Node node, String pointer, Map<String, Integer> lines, Set<String> refs) {
    lines.putIfAbsent(pointer, node.getStartMark().getLine() + 1);
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          String child = pointer + "/" + key.getValue().replace("~", "~0").replace("/", "~1");
          if (key.getValue().equals("$ref") && tuple.getValueNode() instanceof ScalarNode ref) {
            refs.add(ref.getValue());
          }
          lines.put(child, key.getStartMark().getLine() + 1);
          index(tuple.getValueNode(), child, lines, refs);
          lines.put(child, key.getStartMark().getLine() + 1);
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      int i = 0;
      for (Node item : sequence.getValue()) {
        index(item, pointer + "/" + i++, lines, refs);
      }
    }
  }

  /** The line of {@code pointer}, or of its nearest ancestor that exists; 0 when unknown. */
  public int lineOf(String pointer) {
    Map<String, Integer> lines = lines();
    String p = pointer == null ? "" : pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return 0;
      }
      p = p.substring(0, slash);
    }
  }
}
