package dev.brickapi.mock;

import java.util.List;

/**
 * One page of a stateful list: the items from an offset, and where the next page starts when one follows. The
 * last page has none, so a client's paginator ends.
 *
 * @param items the items of this page
 * @param next the offset of the next page, or -1 on the last page
 */
record Pages<T>(List<T> items, int next) {

  /** The page of {@code size} items from {@code offset} (0-based); an offset past the end gives an empty last page. */
  static <T> Pages<T> of(List<T> all, int offset, int size) {
    if (offset < 0 || size < 1) {
      throw new IllegalArgumentException("a page starts at an offset of 0 or more and holds 1 item or more, not "
          + "offset " + offset + " and size " + size);
    }
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + size, all.size());
    return new Pages<>(List.copyOf(all.subList(from, to)), to < all.size() ? to : -1);
  }

  boolean more() {
    return next >= 0;
  }

  /** The offset of the next page as a token (the mock's tokens are offsets), or null. */
  String token() {
    return more() ? String.valueOf(next) : null;
  }

  /** The offset a token stands for: 0 without one. */
  static int offset(String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("page token " + token + " was not issued by this list");
    }
  }
}
