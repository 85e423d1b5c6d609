package dev.brickapi.codegen.link;

import dev.brickapi.codegen.model.Body.MediaKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the media types a body offers the client uses, by one fixed order: JSON ({@code application/json}, with
 * or without parameters, before {@code *+json} vendor types, before {@code *}{@code /*}), then
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data}, text ({@code text/*}), and last any other
 * type as a stream of bytes ({@code application/octet-stream}, {@code image/*}, {@code application/pdf}, ...); the
 * spec's order among equals. XML ({@code application/xml}, {@code text/xml}, {@code application/*+xml}) is never
 * chosen; an image in XML ({@code image/svg+xml}) is bytes like any image.
 *
 * @param type the chosen media type as the spec writes it, or null when none can be used
 * @param kind how a body of that type is encoded
 * @param leftAside the other media types, in the spec's order
 */
record MediaChoice(String type, MediaKind kind, List<String> leftAside) {

  private static final Set<String> XML = Set.of("application/xml", "text/xml");

  static MediaChoice of(Set<String> offered) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String type : offered) {
      int rank = rank(type);
      if (rank < bestRank) {
        best = type;
        bestRank = rank;
      }
    }
    if (best == null) {
      return new MediaChoice(null, null, List.copyOf(offered));
    }
    List<String> rest = new ArrayList<>(offered);
    rest.remove(best);
    return new MediaChoice(best, kind(bestRank), rest);
  }

  /** The type without its parameters, lower case: {@code application/json; charset=utf-8} is {@code application/json}. */
  static String essence(String type) {
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Lower is better; {@link Integer#MAX_VALUE} for a type the client cannot use. */
  private static int rank(String type) {
    String t = essence(type);
    if (XML.contains(t) || t.startsWith("application/") && t.endsWith("+xml") || !t.contains("/")) {
      return Integer.MAX_VALUE;
    }
    if (t.equals("application/json")) {
      return 0;
    }
    if (t.endsWith("+json")) {
      return 1;
    }
    if (t.equals("*/*")) {
      return 2;
    }
    if (t.equals("application/x-www-form-urlencoded")) {
      return 10;
    }
    if (t.equals("multipart/form-data")) {
      return 20;
    }
    if (t.startsWith("text/")) {
      return 30;
    }
    return 40;
  }

  private static MediaKind kind(int rank) {
    return rank < 10 ? MediaKind.JSON : rank == 10 ? MediaKind.FORM : rank == 20 ? MediaKind.MULTIPART
        : rank == 30 ? MediaKind.TEXT : MediaKind.BINARY;
  }
}
