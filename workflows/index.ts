export { auditCheckpointWorkflow } from './audit.workflow';
export { dailyReportWorkflow, dailyReportsKickoffWorkflow } from './daily-report.workflow';
export { hazardWorkflow } from './hazard.workflow';
export { notifyWorkflow } from './notify.workflow';
export { probeWorkflow } from './probe.workflow';
export { recordClockWorkflow } from './clock.workflow';
