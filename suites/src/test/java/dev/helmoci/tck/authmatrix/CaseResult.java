package dev.helmoci.tck.authmatrix;

/**
 * One case's outcome in one engine run: {@code pass}, {@code fail} (an expectation broke), {@code
 * error} (the kit or environment broke), {@code unsupported}, {@code disabled} or {@code blocked},
 * and the message that said so.
 */
record CaseResult(String caseId, String outcome, String message) {

  static final String PASS = "pass";
  static final String FAIL = "fail";
  static final String ERROR = "error";
  static final String UNSUPPORTED = "unsupported";
  static final String DISABLED = "disabled";
  static final String BLOCKED = "blocked";

  @Override
  public String toString() {
    return caseId + "=" + outcome + (message.isEmpty() ? "" : " (" + message + ")");
  }
}
