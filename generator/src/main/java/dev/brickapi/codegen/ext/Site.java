package dev.brickapi.codegen.ext;

/** Where in a document a vendor extension may appear. */
public enum Site {
  DOCUMENT("at the top level of a document", "to the top level of the document"),
  OPERATION("on an operation", "under the operation (get:, post:, ...)"),
  SCHEMA("on a schema or property", "into the schema of the property"),
  /** An entry of the document's top-level {@code tags:} list. */
  TAG("on a tag", "to the tag's entry under the document's tags:"),
  /** A path, query or header parameter (under {@code parameters:} of an operation, a path item or the components). */
  PARAMETER("on a parameter", "to the parameter"),
  /** Anything else: a path item, a response, info... */
  OTHER("on this node", "elsewhere");

  private final String where;
  private final String moveTo;

  Site(String where, String moveTo) {
    this.where = where;
    this.moveTo = moveTo;
  }

  /** Where a misplaced extension should go ("to the top level of the document"). */
  public String moveTo() {
    return moveTo;
  }

  /** How messages name the site ("on an operation"). */
  public String where() {
    return where;
  }
}
