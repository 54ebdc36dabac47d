export { Autosave, type AutosaveOptions, type SaveStatus as SaveStatusValue } from './autosave';
export { SaveStatus, describeSaveStatus, retryReason } from './SaveStatus';
export { useAutosave, type AutosaveHandle } from './useAutosave';
