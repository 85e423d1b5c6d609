package dev.brickapi.specs;

/** One rule of the spec lint: looks at all documents and adds what it finds. */
interface LintRule {

  /** A short name, used by the tests and in the summary. */
  String name();

  void check(SpecSet specs, Findings out);
}
