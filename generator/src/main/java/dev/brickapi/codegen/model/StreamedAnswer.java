package dev.brickapi.codegen.model;

import java.util.List;

/**
 * The answer of an operation whose caller gets more than a decoded body: a binary body read as a stream, the
 * response headers the spec declares, or both. The service returns it as the class {@code name}, over the runtime's
 * {@code BinaryResponse}.
 *
 * @param name the class of the typed answer
 * @param body whether the answer has a body (an {@code application/octet-stream} stream); false for headers only
 * @param headers the declared response headers, in spec order
 * @param description what the success response is, from the spec
 */
public record StreamedAnswer(JavaName name, boolean body, List<Header> headers, String description) {

  public StreamedAnswer {
    headers = List.copyOf(headers);
  }

  /**
   * One declared response header.
   *
   * @param name the header's name as the spec writes it ({@code Content-Length})
   * @param getter the Java getter that reads it ({@code getContentLength})
   * @param type a string, integer or boolean
   */
  public record Header(String name, String getter, TypeRef type, String description) {}
}
