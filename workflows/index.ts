export { hazardWorkflow } from './hazard.workflow';
export { notifyWorkflow } from './notify.workflow';
