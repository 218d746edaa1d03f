// The Newsmark library: the article model, XML and JSON reading and writing, validation, auto-annotation,
// interop with annotation tools, and evaluation, behind one import.
@_exported import NewsmarkModel
@_exported import NewsmarkXML
@_exported import NewsmarkValidation
@_exported import NewsmarkAnnotation
@_exported import NewsmarkInterop
@_exported import NewsmarkEvaluation
