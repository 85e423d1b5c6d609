package dev.brickapi.codegen.naming;

import java.util.Set;

/**
 * Names generated code may not use for its own declarations, whatever the spec says: the methods every
 * class inherits from {@link Object}, and the types of {@code java.lang} (imported implicitly into every
 * file, so a generated class with one of their simple names would shadow them in its whole package).
 * Java keywords and literals are {@link JavaIdentifiers#isReserved}.
 */
public final class ReservedNames {

  /** Methods of {@link Object}: no generated method takes these names. */
  public static final Set<String> OBJECT_METHODS = Set.of(
      "equals", "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

  /**
   * The public top-level types of {@code java.lang} (Java 11 to 21). A schema named like one of them gets
   * a class name with {@link #CLASS_SUFFIX}: a same-package {@code String} would silently replace
   * {@code java.lang.String} in every generated file of the package.
   */
  public static final Set<String> JAVA_LANG_TYPES = Set.of(
      "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
      "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
      "Character", "CharSequence", "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError",
      "ClassLoader", "ClassNotFoundException", "ClassValue", "Cloneable", "CloneNotSupportedException",
      "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException", "Error",
      "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface", "IllegalAccessError",
      "IllegalAccessException", "IllegalArgumentException", "IllegalCallerException",
      "IllegalMonitorStateException", "IllegalStateException", "IllegalThreadStateException",
      "IncompatibleClassChangeError", "IndexOutOfBoundsException", "InheritableThreadLocal",
      "InstantiationError", "InstantiationException", "Integer", "InternalError", "InterruptedException",
      "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException", "Math", "Module",
      "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
      "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
      "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
      "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
      "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
      "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath",
      "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "StringTemplate",
      "SuppressWarnings", "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable",
      "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError",
      "UnsupportedOperationException", "VerifyError", "VirtualMachineError", "Void", "WrongThreadException");

  /** What a class named like a {@code java.lang} type gets appended: {@code String} → {@code StringModel}. */
  public static final String CLASS_SUFFIX = "Model";

  private ReservedNames() {}

  /** {@code wanted}, or {@code wanted + "Model"} when it is the simple name of a {@code java.lang} type. */
  public static String className(String wanted) {
    return JAVA_LANG_TYPES.contains(wanted) ? wanted + CLASS_SUFFIX : wanted;
  }

  /** {@code wanted}, or {@code wanted + "_"} when it is a method of {@link Object} (as keywords get). */
  public static String methodName(String wanted) {
    return OBJECT_METHODS.contains(wanted) ? wanted + "_" : wanted;
  }
}
