import type { PageSet } from './types';
const pages: PageSet = {};
export default pages;
