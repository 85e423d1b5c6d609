package dev.brickapi.specs;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of all rules, and the counts the summary line prints. */
final class Findings {

  private final List<Finding> list = new ArrayList<>();
  int examplesChecked;

  void add(String document, String pointer, String problem, String mend) {
    list.add(new Finding(document, pointer, problem, mend));
  }

  /** All findings, sorted by document, pointer and text, without duplicates. */
  List<Finding> sorted() {
    return list.stream().distinct().sorted().toList();
  }
}
