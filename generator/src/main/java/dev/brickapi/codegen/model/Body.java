package dev.brickapi.codegen.model;

/** A request or response body. */
public record Body(MediaKind media, String contentType, TypeRef type, boolean required, String description) {

  public enum MediaKind { JSON, BINARY, MULTIPART }
}
