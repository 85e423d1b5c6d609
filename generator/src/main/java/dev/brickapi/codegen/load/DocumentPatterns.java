package dev.brickapi.codegen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glob patterns on document names, with one meaning wherever a pattern is given (the command line's
 * {@code --document}, the plugin's {@code includes}, {@code excludes} and {@code documents}):
 *
 * <ul>
 *   <li>a pattern equal to the name matches it, whatever characters it holds;
 *   <li>{@code *} matches any characters but {@code /}, {@code ?} one character but {@code /};
 *   <li>{@code **} matches any characters, {@code /} included, and {@code **}{@code /} at the start or
 *       after a {@code /} also matches no folder at all ({@code **}{@code /*.yaml} matches {@code a.yaml});
 *   <li>{@code {a,b}} matches either alternative, {@code [abc]} one of the characters;
 *   <li>backslashes are read as {@code /}, surrounding blanks are ignored, case matters.
 * </ul>
 *
 * No patterns at all select every document.
 */
public final class DocumentPatterns {

  private static final DocumentPatterns ALL = new DocumentPatterns(List.of(), List.of());

  private final List<String> patterns;
  private final List<Pattern> regexes;

  private DocumentPatterns(List<String> patterns, List<Pattern> regexes) {
    this.patterns = patterns;
    this.regexes = regexes;
  }

  public static DocumentPatterns of(List<String> patterns) {
    if (patterns.isEmpty()) {
      return ALL;
    }
    List<String> cleaned = new ArrayList<>();
    List<Pattern> regexes = new ArrayList<>();
    for (String p : patterns) {
      String c = p.trim().replace('\\', '/');
      cleaned.add(c);
      regexes.add(Pattern.compile(regex(c)));
    }
    return new DocumentPatterns(List.copyOf(cleaned), List.copyOf(regexes));
  }

  /** Whether no pattern was given (every document is selected). */
  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** Whether {@code name} is selected: there are no patterns, or one of them matches. */
  public boolean selects(String name) {
    return isEmpty() || matchesAny(name);
  }

  /** Whether one of the patterns matches {@code name} (false when there are none). */
  public boolean matchesAny(String name) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).equals(name) || regexes.get(i).matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  public List<String> patterns() {
    return patterns;
  }

  @Override
  public String toString() {
    return patterns.toString();
  }

  private static String regex(String glob) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(']');
        } else if (c == '!' && out.charAt(out.length() - 1) == '[') {
          out.append('^');
        } else if ("\\[&^".indexOf(c) >= 0) {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        continue;
      }
      switch (c) {
        case '*' -> {
          boolean twice = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
          boolean folderStart = i == 0 || glob.charAt(i - 1) == '/';
          if (twice && folderStart && i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
            out.append("(?:.*/)?");
            i += 2;
          } else if (twice) {
            out.append(".*");
            i++;
          } else {
            out.append("[^/]*");
          }
        }
        case '?' -> out.append("[^/]");
        case '[' -> {
          inClass = true;
          out.append('[');
        }
        case '{' -> {
          braces++;
          out.append("(?:");
        }
        case '}' -> {
          if (braces > 0) {
            braces--;
            out.append(')');
          } else {
            out.append("\\}");
          }
        }
        case ',' -> out.append(braces > 0 ? "|" : ",");
        default -> out.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (inClass || braces > 0) {
      return Pattern.quote(glob); // unbalanced: only the exact name matches
    }
    return out.toString();
  }
}
