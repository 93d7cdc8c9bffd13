export declare const wcagTags: string[];
