package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * The part of an {@code <operation>All} method that depends on the paging style: how the cursor starts
 * and advances and where it goes in the next request. {@link PagingEmitter} writes the rest; {@link
 * PagingStrategies} picks the strategy of each style.
 *
 * <p>In the emitted lambda, the locals are those of {@code OperationNames.PagingLocals}: the previous page's
 * cursor (null for the first page), the response page and its items.
 */
interface PagingStrategy {

  /** How the Javadoc says it pages (" by following {@code next_page_token}"). */
  String describe();

  /** Statements before the call. */
  void start(CodeBlock.Builder fetch);

  /** The value of the paging query parameter. */
  CodeBlock queryValue();

  /**
   * The request body sent, when paging changes it.
   *
   * @param body the body parameter; {@code copy} the body's copy method and {@code setter} the setter of the
   *     paging field (both null when there is no paging field)
   */
  CodeBlock pagedBody(TypeName bodyType, String body, String copy, String setter);

  /** Whether {@link #next()} uses the number of items on the page. */
  boolean countsItems();

  /** The cursor of the next page, or null to stop. */
  CodeBlock next();
}
