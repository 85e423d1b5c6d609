package dev.brickapi.specs;

/** JSON pointer helpers (RFC 6901). */
final class Pointers {

  private Pointers() {}

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /** {@code base} followed by the escaped segments. */
  static String child(String base, Object... segments) {
    StringBuilder b = new StringBuilder(base);
    for (Object s : segments) {
      b.append('/').append(escape(String.valueOf(s)));
    }
    return b.toString();
  }
}
