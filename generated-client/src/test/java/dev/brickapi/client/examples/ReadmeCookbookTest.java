package dev.brickapi.client.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's cookbook is the compiled {@link Cookbook}, task for task, and passes no positional null. */
class ReadmeCookbookTest {

  /** Each task of the class: its comment and method, unindented by one level, as the README shows them. */
  static List<String> tasks(String source) {
    List<String> out = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("  /** ") && lines[i].matches("  /\\*\\* \\d+\\. .*")) {
        StringBuilder task = new StringBuilder();
        int j = i;
        do {
          task.append(lines[j].startsWith("  ") ? lines[j].substring(2) : lines[j]).append('\n');
        } while (!lines[j++].equals("  }"));
        out.add(task.toString());
      }
    }
    return out;
  }

  @Test
  void readmeShowsEveryTaskOfTheCompiledCookbook() throws Exception {
    String source = Files.readString(Path.of("src/main/java/dev/brickapi/client/examples/Cookbook.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> tasks = tasks(source);
    assertEquals(15, tasks.size(), "fifteen tasks");
    for (String task : tasks) {
      assertTrue(readme.contains(task), "README.md's cookbook differs from Cookbook.java at:\n" + task);
      assertFalse(task.matches("(?s).*[(,]\\s*null\\s*[,)].*"), "a positional null in:\n" + task);
    }
  }
}
