package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.brickapi.client.service.AccountServices;
import dev.brickapi.client.service.WorkspaceServices;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/accessors.md lists exactly the accessors the generated service indexes have, each with the
 * interface it returns, so the table cannot go stale when a spec adds, renames or removes a service.
 */
class AccessorTableTest {

  private static final String SERVICE_PACKAGE = "dev.brickapi.client.service.";
  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)\\(\\)` \\| `([\\w.]+)` \\|.*");

  /** "accessor() → package.Interface" for every row of the table under {@code heading}. */
  private static List<String> rows(List<String> lines, String heading) {
    List<String> rows = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.equals(heading);
      } else if (in) {
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          rows.add(m.group(1) + "() → " + m.group(2));
        }
      }
    }
    return rows;
  }

  /** The same for every accessor {@code index} declares, in name order. */
  private static List<String> accessors(Class<?> index) {
    TreeSet<String> out = new TreeSet<>();
    for (Method m : index.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
          && m.getReturnType().getName().startsWith(SERVICE_PACKAGE)) {
        out.add(m.getName() + "() → " + m.getReturnType().getName().substring(SERVICE_PACKAGE.length()));
      }
    }
    return List.copyOf(out);
  }

  @Test
  void accessorTableListsExactlyTheAccessorsOfBothClients() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../docs/accessors.md"), StandardCharsets.UTF_8);
    assertEquals(String.join("\n", accessors(WorkspaceServices.class)), String.join("\n", rows(lines, "## WorkspaceClient")),
        "docs/accessors.md, section WorkspaceClient: one row per accessor of WorkspaceServices, sorted by name");
    assertEquals(String.join("\n", accessors(AccountServices.class)), String.join("\n", rows(lines, "## AccountClient")),
        "docs/accessors.md, section AccountClient: one row per accessor of AccountServices, sorted by name");
  }
}
