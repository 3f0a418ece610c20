export declare const NEXT_IMPLICIT_TAG_PREFIX: "_N_T_";
