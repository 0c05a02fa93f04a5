export { hazardWorkflow } from './hazard.workflow';
