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

  /** The first sentence of spec prose as Javadoc text (up to the first period followed by a space); "" for none. */
  static String firstSentence(String text) {
    String s = javadoc(text);
    int end = s.indexOf(". ");
    int line = s.indexOf('\n');
    if (line >= 0 && (end < 0 || line < end)) {
      s = s.substring(0, line).strip();
      end = s.indexOf(". ");
    }
    return end < 0 ? s : s.substring(0, end + 1);
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
