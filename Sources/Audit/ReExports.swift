/// Reports carry each finding's status, which the programme language defines: a client of
/// the audit names it without importing the programme module.
@_exported import enum Programme.RequirementStatus
