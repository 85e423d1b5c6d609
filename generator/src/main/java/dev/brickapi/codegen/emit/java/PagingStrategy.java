package dev.brickapi.codegen.emit.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.brickapi.codegen.model.Property;

/**
 * The part of an {@code <operation>All} method that depends on the paging style: how the cursor starts
 * and advances and where it goes in the next request. {@link PagingEmitter} writes the rest; {@link
 * PagingStrategies} picks the strategy of each style.
 *
 * <p>In the emitted lambda, {@code cursor} is the previous page's cursor (null for the first page),
 * {@code page} the response and {@code items} its items.
 */
interface PagingStrategy {

  /** How the Javadoc says it pages (" by following {@code next_page_token}"). */
  String describe();

  /** Statements before the call. */
  void start(CodeBlock.Builder fetch);

  /** The value of the paging query parameter. */
  CodeBlock queryValue();

  /** The request body sent, when paging changes it ({@code field} is the paging field, or null). */
  CodeBlock pagedBody(TypeName bodyType, Property field);

  /** Whether {@link #next()} uses {@code n}, the number of items on the page. */
  boolean countsItems();

  /** The cursor of the next page, or null to stop. */
  CodeBlock next();
}
