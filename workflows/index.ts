export { auditCheckpointWorkflow } from './audit.workflow';
export { hazardWorkflow } from './hazard.workflow';
export { notifyWorkflow } from './notify.workflow';
