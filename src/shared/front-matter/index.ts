// Front matter: read every field with its place, and change one field without touching any other byte.
export { readFrontMatter } from './read'
export { setField, deleteField } from './edit'
export { toPath } from './field-path'
export { isDateText } from './field-type'
export { LIMITS, type FieldInfo, type FieldPath, type FieldType, type FrontMatter } from './types'
export { splitDocument, type SplitDocument, type FrontMatterBlock, type FrontMatterFormat } from '../document'
