package dev.brickapi.codegen.emit.java;

/** Turns spec prose into safe Javadoc text. */
final class Docs {

  private Docs() {}

  /** Escapes what Javadoc would read as HTML, tags or the end of the comment; null gives "". */
  static String javadoc(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String s = text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\u", "\\\\u");
    return s;
  }

  /** A Javadoc paragraph block: the summary, then the description when it adds something. */
  static String paragraphs(String summary, String description) {
    String a = javadoc(summary);
    String b = javadoc(description);
    if (b.isEmpty() || b.equals(a)) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    return a + "\n\n<p>" + b;
  }
}
