// The settings key that marks the demo newsroom as loaded (the footer shows a notice while it is).
export const DEMO_CONTENT_SETTING = "demo_content";
