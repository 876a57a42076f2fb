package dev.readiness.examples;

/** A constant of a report's findings table (an enum per report), giving its {@link FindingRow}. */
public interface ReportFinding {

  /** @return the row: the finding, its demo faults and its checks with their as-found statuses */
  FindingRow row();
}
