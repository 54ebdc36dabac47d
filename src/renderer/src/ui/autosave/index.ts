export { Autosave, type AutosaveOptions, type SaveStatus as SaveStatusValue } from './autosave';
export { SaveStatus, describeSaveStatus } from './SaveStatus';
export { useAutosave, type AutosaveHandle } from './useAutosave';
