/**
 * The command-line switch through which the main process tells the preload which API channels
 * exist (webPreferences.additionalArguments appends it to the renderer's process.argv).
 * Imported by both sides; it must stay free of runtime imports.
 */
export const CHANNELS_ARGUMENT = '--oneup-api-channels=';
